// Bench section 3: dashboard reads at growing sizes — median and p95 latency of summary, trend
// (90 days by day), the agent breakdown and comment search, and the rows D1 read per call
// (X-D1-Rows-Read). The first call after the server starts (cold SQLite page cache) is reported on
// its own.
import { seedBulk } from '../scripts/seed';
import { addDays, localDay } from '../shared/timezone';
import { BENCH_ZONE, benchServer, type BenchServer } from './server';

export interface ReadRow {
  responses: number;
  seedSeconds: number;
  calls: { name: string; first: number; p50: number; p95: number; rowsRead: number }[];
}

/** `also` runs on each size's seeded server after the reads (section 3b's views), so each size is seeded once. */
export async function benchReads(
  sizes: number[],
  callsEach = 30,
  also?: (server: BenchServer, n: number, seedSeconds: number) => Promise<void>,
): Promise<ReadRow[]> {
  const out: ReadRow[] = [];
  for (const n of sizes) {
    const server = await benchServer('bench', BENCH_ZONE);
    try {
      const seedSeconds = seedBulk(server.target, 'bench', n, 90);
      await server.start();
      // The site's last 90 days, as its dashboard asks for them.
      const to = localDay(BENCH_ZONE, Date.now());
      const from = addDays(to, -89);
      const range = `from=${from}&to=${to}`;
      const calls = [
        ['summary (90 days)', `summary?${range}`],
        ['trend (90 days by day)', `trend?interval=day&${range}`],
        ['breakdown by agent', `breakdown?by=agent&${range}`],
        // A word in about one comment in ten, and a phrase in a few hundred of a million.
        ['comment search "attesa" (90 days)', `responses?withComment=1&q=attesa&${range}`],
        ['comment search "non è stato risolto" (90 days)', `responses?withComment=1&q=${encodeURIComponent('non è stato risolto')}&${range}`],
      ] as const;
      const row: ReadRow = { responses: n, seedSeconds, calls: [] };
      for (const [name, path] of calls) {
        const times: number[] = [];
        let rowsRead = 0;
        for (let i = 0; i <= callsEach; i++) {
          const t = performance.now();
          const res = await fetch(`${server.url}/api/v1/sites/bench/${path}`, { headers: { Authorization: `Bearer ${server.key}` } });
          await res.arrayBuffer();
          times.push(performance.now() - t);
          rowsRead = Number(res.headers.get('x-d1-rows-read'));
        }
        const first = times.shift()!;
        times.sort((a, b) => a - b);
        const p95 = times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!;
        row.calls.push({ name, first, p50: times[Math.floor(times.length / 2)]!, p95, rowsRead });
      }
      out.push(row);
      await also?.(server, n, seedSeconds);
    } finally {
      await server.stop();
      server.dispose();
    }
  }
  return out;
}
