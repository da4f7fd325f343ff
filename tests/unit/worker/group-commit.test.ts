// Group commit's bookkeeping, with a plain async flush in place of D1 (the D1 side is tested in
// tests/worker/responses.test.ts): who goes together, in what order, and what a failure does.
import { describe, expect, it, vi } from 'vitest';
import { groupCommit } from '../../../worker/src/db/group-commit';

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));

/** The first write, then the others while its batch is in flight (requests arrive one by one). */
async function staggered<R>(xs: number[], write: (x: number) => Promise<R>): Promise<PromiseSettledResult<R>[]> {
  const first = write(xs[0]!);
  await tick(0);
  return Promise.allSettled([first, ...xs.slice(1).map(write)]);
}
const values = <R>(results: PromiseSettledResult<R>[]) =>
  results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message));

function recorder(opts: { failWhen?: (items: number[]) => boolean; ms?: number } = {}) {
  const batches: number[][] = [];
  const alone: number[] = [];
  const commit = groupCommit<number, string>(
    async (items) => {
      batches.push(items);
      await tick(opts.ms ?? 5);
      if (opts.failWhen?.(items)) throw new Error(`batch ${items.join(',')} failed`);
      return items.map((x) => `stored ${x}`);
    },
    async (x) => {
      alone.push(x);
      await tick();
      if (opts.failWhen?.([x])) throw new Error(`${x} failed`);
      return `stored ${x} alone`;
    },
    { max: 4, lingerMs: 2 },
  );
  return { batches, alone, commit };
}

describe('groupCommit', () => {
  it('writes a lone item at once, in a batch of its own', async () => {
    const { batches, commit } = recorder();
    expect(await commit.write(1)).toBe('stored 1');
    expect(await commit.write(2)).toBe('stored 2');
    expect(batches).toEqual([[1], [2]]);
  });

  it('puts writes that arrive during a batch together in the next one, in order, at most max', async () => {
    const { batches, commit } = recorder();
    const results = values(await staggered([1, 2, 3, 4, 5, 6, 7], (x) => commit.write(x)));
    expect(results).toEqual([1, 2, 3, 4, 5, 6, 7].map((x) => `stored ${x}`));
    expect(batches).toEqual([[1], [2, 3, 4, 5], [6, 7]]);
  });

  it('lets writes join a batch that lingers while the last one was shared', async () => {
    const { batches, commit } = recorder();
    await staggered([1, 2, 3], (x) => commit.write(x));
    await staggered([4, 5], (x) => commit.write(x)); // 5 comes while 4 lingers
    expect(batches).toEqual([[1], [2, 3], [4, 5]]);
  });

  it('keeps each waiting write alive and passes its batch to the writer that leads it', async () => {
    const { commit } = recorder();
    const kept: Promise<unknown>[] = [];
    await staggered([1, 2, 3], (x) => commit.write(x, (p) => kept.push(p)));
    // Each write keeps its own wait alive; the two leaders ([1] and [2, 3]) also keep their batch.
    expect(kept).toHaveLength(5);
  });

  it('writes each item of a failed shared batch again alone, so only the bad one fails', async () => {
    const { batches, alone, commit } = recorder({ failWhen: (items) => items.includes(3) });
    const results = await staggered([1, 2, 3, 4], (x) => commit.write(x));
    expect(batches).toEqual([[1], [2, 3, 4]]);
    expect(alone.sort()).toEqual([2, 3, 4]);
    expect(values(results)).toEqual([
      'stored 1',
      'stored 2 alone',
      '3 failed',
      'stored 4 alone',
    ]);
  });

  it('fails a lone write whose batch failed without trying it twice', async () => {
    const { alone, commit } = recorder({ failWhen: () => true });
    await expect(commit.write(9)).rejects.toThrow('batch 9 failed');
    expect(alone).toEqual([]);
  });

  it('goes on after a failed batch', async () => {
    let fail = true;
    const { batches, commit } = recorder({ failWhen: () => fail });
    await expect(commit.write(1)).rejects.toThrow();
    fail = false;
    expect(values(await staggered([2, 3], (x) => commit.write(x)))).toEqual(['stored 2', 'stored 3']);
    expect(batches).toEqual([[1], [2], [3]]);
  });

  it('stops waiting behind a batch that never finishes after 30 s', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      const batches: number[][] = [];
      const commit = groupCommit<number, string>(
        (items) => (batches.push(items), items[0] === 1 ? new Promise(() => {}) : Promise.resolve(items.map(String))),
        async (x) => String(x),
        { max: 4, lingerMs: 0 },
      );
      void commit.write(1); // its batch hangs (its request was cancelled)
      await tick(0);
      const queued = commit.write(2);
      await tick(0);
      expect(batches).toEqual([[1]]); // 2 waits behind it
      vi.setSystemTime(Date.now() + 31_000);
      expect(await commit.write(3)).toBe('3');
      expect(batches).toEqual([[1], [3, 2]]); // and takes the one waiting along
      expect(await queued).toBe('2');
    } finally {
      vi.useRealTimers();
    }
  });

  describe('after a stale batch is taken over', () => {
    /** A flush whose batches finish only when the test says so, counting how many run at once. */
    function controlled() {
      const batches: number[][] = [];
      const finish: (() => void)[] = [];
      let inFlight = 0;
      let most = 0;
      const commit = groupCommit<number, string>(
        (items) => {
          batches.push(items);
          most = Math.max(most, ++inFlight);
          return new Promise((resolve) => {
            finish.push(() => {
              inFlight--;
              resolve(items.map(String));
            });
          });
        },
        async (x) => String(x),
        { max: 4, lingerMs: 0 },
      );
      return { commit, batches, finish, inFlight: () => inFlight, most: () => most };
    }

    /** Write 1, whose batch stalls; 31 s later write 3 takes over and leads a batch of its own. */
    async function takeOver(c: ReturnType<typeof controlled>, alsoWaiting: boolean) {
      const first = c.commit.write(1);
      await tick(0);
      const waiting = alsoWaiting ? c.commit.write(2) : null;
      await tick(0);
      vi.setSystemTime(Date.now() + 31_000);
      const leader = c.commit.write(3);
      await tick(0);
      expect(c.batches).toEqual([[1], alsoWaiting ? [3, 2] : [3]]);
      return { first, waiting, leader };
    }

    it("the old batch's completion does not start a second leader", async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        const c = controlled();
        const { first, waiting, leader } = await takeOver(c, true);
        const late = c.commit.write(4); // waits behind the new leader's batch [3, 2]
        await tick(0);
        c.finish[0]!(); // the stale batch [1] completes after all
        expect(await first).toBe('1');
        await tick(5);
        expect(c.batches).toEqual([[1], [3, 2]]); // 4 still waits: [3, 2] is in flight
        expect(c.inFlight()).toBe(1);
        c.finish[1]!();
        expect([await leader, await waiting]).toEqual(['3', '2']);
        await tick(0);
        expect(c.batches).toEqual([[1], [3, 2], [4]]);
        c.finish[2]!();
        expect(await late).toBe('4');
        expect(c.most()).toBe(2); // only the lost batch and its successor ever overlapped
      } finally {
        vi.useRealTimers();
      }
    });

    it("the old batch's completion does not free the way for the next write while the new batch runs", async () => {
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        const c = controlled();
        const { first, leader } = await takeOver(c, false);
        c.finish[0]!(); // the stale batch [1] completes with nobody waiting
        expect(await first).toBe('1');
        const late = c.commit.write(4); // the new leader's batch [3] is still in flight
        await tick(5);
        expect(c.batches).toEqual([[1], [3]]);
        expect(c.inFlight()).toBe(1);
        c.finish[1]!();
        expect(await leader).toBe('3');
        await tick(0);
        expect(c.batches).toEqual([[1], [3], [4]]);
        c.finish[2]!();
        expect(await late).toBe('4');
      } finally {
        vi.useRealTimers();
      }
    });
  });
});
