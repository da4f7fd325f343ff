// Delivery that loses nothing: every response is kept in localStorage until the collector has
// taken it; failures (offline, 5xx, 429) are retried with backoff, now and on later page loads,
// and a closing page sends what is pending with sendBeacon. Posting the same id again merges on
// the server, so a retry can never count a response twice.

interface Pending {
  /** Collector URL. */
  u: string;
  /** The whole response so far. */
  b: { id: string; answers: object };
  /** Failed attempts. */
  n: number;
  /** Not before (ms). */
  t: number;
  /** Changes since it was queued, so a late success does not drop a newer version. */
  v: number;
}

const KEY = 'voce:q';
const inFlight: Record<string, number> = {};
let timer: ReturnType<typeof setTimeout> | undefined;

function load(): Pending[] {
  try {
    return JSON.parse(localStorage.getItem(KEY) || '[]') as Pending[];
  } catch {
    return [];
  }
}

function save(list: Pending[]): void {
  try {
    if (list.length) localStorage.setItem(KEY, JSON.stringify(list));
    else localStorage.removeItem(KEY);
  } catch {
    /* storage full or blocked: the in-page retries still run */
  }
}

function update(id: string, fn: (p: Pending | undefined, list: Pending[]) => Pending[] | void): void {
  const list = load();
  save(fn(list.find((p) => p.b.id === id), list) || list);
}

/** Queues (or replaces) a response and sends it after `delay` ms. */
export function queue(url: string, body: Pending['b'], delay: number): void {
  update(body.id, (p, list) => {
    if (p) {
      p.b = body;
      p.v++;
      p.t = 0;
    } else list.push({ u: url, b: body, n: 0, t: 0, v: 0 });
  });
  schedule(delay);
}

function schedule(delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(flush, delay);
}

/** Sends every pending response that is due; called on load, after queueing and on retry. */
export function flush(): void {
  const now = Date.now();
  let next = Infinity;
  for (const p of load()) {
    if (p.t > now) next = Math.min(next, p.t);
    else if (inFlight[p.b.id] !== p.v) post(p);
  }
  if (next < Infinity) schedule(next - now);
}

function post(p: Pending): void {
  const id = p.b.id;
  inFlight[id] = p.v;
  const settle = (status: number, retryAfter?: string | null) => {
    delete inFlight[id];
    update(id, (q, list) => {
      if (!q) return;
      // 2xx: stored. Another 4xx can never succeed (bad input, origin, expired link): drop it.
      const final = status > 0 && status < 500 && status !== 429 && status !== 408;
      if (final && q.v === p.v) return list.filter((x) => x !== q);
      if (!final) {
        q.n++;
        q.t = Date.now() + Math.min(Number(retryAfter) * 1e3 || 1e3 * 2 ** q.n, 36e5);
      }
    });
    flush();
  };
  fetch(p.u, { method: 'POST', body: JSON.stringify(p.b), keepalive: true, credentials: 'omit' }).then(
    (r) => settle(r.status, r.headers.get('retry-after')),
    () => settle(0),
  );
}

/** The page is going away: hand whatever is pending to the browser; it stays queued until confirmed. */
export function beacon(): void {
  for (const p of load()) {
    try {
      navigator.sendBeacon(p.u, JSON.stringify(p.b));
    } catch {
      /* kept for the next load */
    }
  }
}

/** Forgets a queued response (the page's form is about to carry the same answers). */
export function drop(id: string): void {
  update(id, (_p, list) => list.filter((x) => x.b.id !== id));
}
