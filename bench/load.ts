// A closed-loop load generator: `connections` clients, each sending its next request when the last
// one answered, for `seconds`. Unlike wrk it waits for the requests in flight at the end, so the
// count of 2xx answers is exact and can be checked against the rows stored. `headers(i)` gives client
// i's own headers (the bench sends a client address per connection, as Cloudflare's edge would).
// `body` null: GETs, for which a 304 (a cache revalidating) counts as answered.
export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
  ok: number;
  failed: number;
}

export async function load(
  url: string,
  body: (() => string) | null,
  connections = 50,
  seconds = 10,
  onAnswer?: (res: Response) => void,
  headers: (client: number) => Record<string, string> = () => ({}),
): Promise<LoadResult> {
  const latencies: number[] = [];
  let ok = 0;
  let failed = 0;
  const start = performance.now();
  const end = start + seconds * 1000;
  const client = async (i: number) => {
    const own = body ? { 'Content-Type': 'application/json', ...headers(i) } : headers(i);
    while (performance.now() < end) {
      const t = performance.now();
      try {
        const res = await fetch(url, body ? { method: 'POST', headers: own, body: body() } : { headers: own });
        await res.arrayBuffer();
        onAnswer?.(res);
        if ((res.status >= 200 && res.status < 300) || (!body && res.status === 304)) ok++;
        else failed++;
      } catch {
        failed++;
      }
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => client(i)));
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? 0;
  return { rps: latencies.length / elapsed, p50: pct(50), p99: pct(99), requests: latencies.length, ok, failed };
}
