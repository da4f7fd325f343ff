// The site time zone's cost (issue #14): the dashboard reads of section 3 on one seeded site in UTC,
// then after `site set --timezone Europe/Rome` (which recounts every day), side by side; and how long
// seeding (with its rollup rebuild) and the recount took. `npx tsx bench/timezone.ts [responses]`.
// The CLI recounts in one batch; the dashboard's PATCH recounts in chunks, whose time per chunk and
// number are measured by bench/worker/zone-recount.measure.ts (`npm run bench:recount`, 100,000 answers).
import { run } from '../scripts/admin';
import { seedBulk } from '../scripts/seed';
import { benchServer, type BenchServer } from './server';

const DAY = 86400_000;
const n = Number(process.argv[2] ?? 1_000_000);

async function measure(server: BenchServer, callsEach = 30): Promise<Map<string, { p50: number; p95: number; rowsRead: number }>> {
  const to = new Date(Date.now()).toISOString().slice(0, 10);
  const from = new Date(Date.now() - 89 * DAY).toISOString().slice(0, 10);
  const range = `from=${from}&to=${to}`;
  const calls = [
    ['summary (90 days)', `summary?${range}`],
    ['trend (90 days by day)', `trend?interval=day&${range}`],
    ['trend (90 days by week)', `trend?interval=week&${range}`],
    ['breakdown by agent', `breakdown?by=agent&${range}`],
    ['summary, 3 filters (raw rows)', `summary?source=widget&lang=it&verified=0&${range}`],
  ] as const;
  const out = new Map<string, { p50: number; p95: number; rowsRead: number }>();
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
    times.shift();
    times.sort((a, b) => a - b);
    out.set(name, { p50: times[Math.floor(times.length / 2)]!, p95: times[Math.min(times.length - 1, Math.floor(times.length * 0.95))]!, rowsRead });
  }
  return out;
}

const server = await benchServer('bench');
try {
  const seedSeconds = seedBulk(server.target, 'bench', n, 90);
  await server.start();
  const utc = await measure(server);
  await server.stop();
  const started = Date.now();
  await run(['site', 'set', 'bench', '--timezone', 'Europe/Rome'], server.target, () => {});
  const recountSeconds = (Date.now() - started) / 1000;
  await server.start();
  const rome = await measure(server);
  await server.stop();
  console.log(`\n${n.toLocaleString('en')} responses; seeding with the rollup rebuild ${seedSeconds.toFixed(0)} s; recount on the change to Europe/Rome ${recountSeconds.toFixed(1)} s\n`);
  console.log('| read | UTC p50 | UTC p95 | UTC rows read | Rome p50 | Rome p95 | Rome rows read |');
  console.log('|---|---|---|---|---|---|---|');
  for (const [name, u] of utc) {
    const r = rome.get(name)!;
    console.log(`| ${name} | ${u.p50.toFixed(1)} ms | ${u.p95.toFixed(1)} ms | ${u.rowsRead.toLocaleString('en')} | ${r.p50.toFixed(1)} ms | ${r.p95.toFixed(1)} ms | ${r.rowsRead.toLocaleString('en')} |`);
  }
} finally {
  await server.stop();
  server.dispose();
}
