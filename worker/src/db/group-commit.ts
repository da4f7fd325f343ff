// Group commit (issue #6): writes that arrive while one D1 batch is in flight wait for it and then
// go together in the next batch, one transaction for all of them. A lone write goes at once; under
// load a batch lingers a few milliseconds for company, and each D1 round trip carries many responses.
//
// Every batch runs in the context of a request that belongs to it (workerd ties I/O to the request
// that started it): the first writer leads, and when its batch is done it wakes the oldest waiting
// writer, whose own request then leads the next batch. Waking and answering another request only
// settles promises created in that request, which workerd runs in their own context
// (compatibility flag handle_cross_request_promise_resolution, on since 2024-10). A failed batch
// committed nothing, so each of its writes then goes again alone: one bad write cannot fail others.
// Only the current leader hands over: a batch taken for lost that finishes after all must not wake
// a second leader beside the one that took over.

export interface GroupCommit<T, R> {
  /** Writes `item` with the next batch; `keepAlive` (waitUntil) keeps its batch going if the client leaves. */
  write(item: T, keepAlive?: (p: Promise<unknown>) => void): Promise<R>;
}

type Outcome<R> = { ok: true; value: R } | { ok: false; error: unknown; shared: boolean };

interface Waiter<T, R> {
  item: T;
  settle(outcome: Outcome<R>): void;
  wake(): void;
}

// A batch that has not finished after this long is taken to be lost (its request cancelled by
// something waitUntil could not hold off): the next writer leads instead of waiting behind it.
const STALE_MS = 30_000;

/**
 * `flush` writes a batch in one transaction and returns one result per item, in order;
 * `alone` writes one item when its batch failed. Batches hold at most `max` items and, when the
 * last batch was shared, wait `lingerMs` for more before they go.
 */
export function groupCommit<T, R>(
  flush: (items: T[]) => Promise<R[]>,
  alone: (item: T) => Promise<R>,
  { max, lingerMs }: { max: number; lingerMs: number },
): GroupCommit<T, R> {
  const queue: Waiter<T, R>[] = [];
  let busySince: number | null = null;
  /** The writer whose batch has the turn; when its batch goes stale, the next writer takes it. */
  let leader: Waiter<T, R> | null = null;
  let lastBatch = 0;

  function handOver(next: Waiter<T, R> | undefined): void {
    leader = next ?? null;
    busySince = next ? Date.now() : null;
    next?.wake();
  }

  async function lead(first: Waiter<T, R>): Promise<void> {
    // Under load (the last batch was shared) a short wait lets more writes join this one, so
    // each D1 round trip carries more of them; a lone write after a quiet spell goes at once.
    if (lastBatch > 1 && queue.length < max - 1) await new Promise((r) => setTimeout(r, lingerMs));
    const batch = [first, ...queue.splice(0, max - 1)];
    lastBatch = batch.length;
    try {
      const results = await flush(batch.map((w) => w.item));
      batch.forEach((w, i) => w.settle({ ok: true, value: results[i]! }));
    } catch (error) {
      batch.forEach((w) => w.settle({ ok: false, error, shared: batch.length > 1 }));
    } finally {
      // Taken over while stale: the new leader's batch is still running, and it hands over itself.
      if (leader === first) handOver(queue.shift());
    }
  }

  return {
    async write(item, keepAlive) {
      const settled = new Promise<Outcome<R>>((settle) => {
        const waiter: Waiter<T, R> = { item, settle, wake: () => {} };
        // Made in this request, so a batch woken from another request still runs in this one.
        new Promise<void>((resolve) => (waiter.wake = resolve)).then(() => {
          const batch = lead(waiter);
          keepAlive?.(batch);
        });
        if (busySince !== null && Date.now() - busySince < STALE_MS) queue.push(waiter);
        else handOver(waiter);
      });
      // Kept alive even if this client leaves, so a batch it is woken to lead still runs. The
      // timer is this request's own pending event: without one, workerd takes a request that
      // waits only on another request's work for hung, and cancels it.
      keepAlive?.(settled);
      const timer = setTimeout(() => {}, STALE_MS);
      const outcome = await settled;
      clearTimeout(timer);
      if (outcome.ok) return outcome.value;
      // The batch's transaction committed nothing: this write tries alone, so only a bad one fails.
      if (outcome.shared) return alone(item);
      throw outcome.error;
    },
  };
}
