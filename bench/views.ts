// Bench section 3b (issue #11: measure views, not routes): each dashboard view loaded in Chromium as a
// signed-in admin at growing sizes — the time from page.goto to its numbers on screen (first load
// apart, median of the warm loads) and the D1 rows read summed over every /api/v1/ call it made.
//   tsx bench/views.ts [--quick] [--only support,agents] [--sizes 10000,1000000]   (this section alone:
//   10k and 100k with --quick, else up to 1M)
import type { Browser, Page, Response } from 'playwright-core';
import { run } from '../scripts/admin';
import { d1Query } from '../scripts/lib/wrangler';
import { seedBulk } from '../scripts/seed';
import { addDays, localDay } from '../shared/timezone';
import { launchBrowser } from '../tests/browser/harness';
import { BENCH_ZONE, benchServer, type BenchServer } from './server';
import { readyProbe, type Ready } from './view-ready';

export interface ViewRow {
  responses: number;
  view: string;
  config: string;
  /** Days of the range the view reads, or null when it reads no range (follow-ups, tickets, settings). */
  days: 30 | 90 | null;
  first: number;
  median: number;
  /** /api/v1/ calls of one load, and the X-D1-Rows-Read they reported (the most over the loads). */
  calls: number;
  rowsRead: number;
  /** Routes that answered without X-D1-Rows-Read: their rows are missing from rowsRead. */
  unreported: string[];
  /** 429s, other non-2xx answers, error notes, time-outs. */
  failures: string[];
}

export interface ViewsRun {
  responses: number;
  seedSeconds: number;
  ticket: string;
  rows: ViewRow[];
  /** The most /api/v1/ calls in any 60 s, sign-in included. */
  maxCallsPerMinute: number;
}

export const TARGETS = { rows30: 5_000, rows90: 10_000, medianMs: 400, ratio: 1.5 };

const ADMIN = { email: 'bench@voce.test', password: 'a bench password, long enough' };
/**
 * Calls allowed in any 60 s, well under wrangler.toml's per-site limit (3,000 per 60 s): session reads
 * are not limited today, but the bench must not be what trips a limit added later.
 */
const CALL_BUDGET = 2_000;
const LOAD_TIMEOUT = 120_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** The configurations of each view; views that send no range or filter have one. */
function configs(ticket: string): { view: string; config: string; days: 30 | 90 | null; query: string }[] {
  const to = localDay(BENCH_ZONE, Date.now());
  const from = addDays(to, -89);
  const ranged = (view: string) => {
    const v = view === 'overview' ? '' : `&view=${view}`;
    return [
      { view, config: '30 days', days: 30 as const, query: v },
      { view, config: '30 days, agent=luca', days: 30 as const, query: `${v}&agent=luca` },
      { view, config: '30 days, agent=luca & channel=email', days: 30 as const, query: `${v}&agent=luca&channel=email` },
      { view, config: '90 days', days: 90 as const, query: `${v}&from=${from}&to=${to}` },
    ];
  };
  const all = [
    ...ranged('overview'),
    ...ranged('comments'),
    ...ranged('agents'),
    ...ranged('support'),
    { view: 'follow-ups', config: 'status new (reads no range or filter)', days: null, query: '&view=followups' },
    { view: 'tickets', config: `ticket ${ticket}`, days: null, query: `&view=tickets&ticket=${encodeURIComponent(ticket)}` },
    { view: 'settings', config: 'site settings, admin', days: null, query: '&view=settings' },
  ];
  const pick = only;
  return pick ? all.filter((c) => pick.includes(c.view)) : all;
}

/** `--only support,agents`: just those views (this section alone). */
let only: string[] | undefined;

/** "GET /sites/:site/summary": a route's name without the site, ticket and query. */
function routeOf(res: Response): string {
  const path = new URL(res.url()).pathname
    .replace(/^\/api\/v1/, '')
    .replace(/^\/sites\/[^/]+/, '/sites/:site')
    .replace(/\/tickets\/[^/]+$/, '/tickets/:ticket');
  return `${res.request().method()} ${path}`;
}

interface Load {
  ms: number;
  calls: number;
  rowsRead: number;
  unreported: string[];
  failures: string[];
}

/** Watches one tab's /api/v1/ traffic: what each load called, and every call's time for the budget. */
function apiWatch(page: Page) {
  const times: number[] = [];
  let answers: Response[] = [];
  let pending = 0;
  let lastActivity = 0;
  const isApi = (url: string) => new URL(url).pathname.startsWith('/api/v1/');
  page.on('request', (r) => {
    if (!isApi(r.url())) return;
    pending++;
    lastActivity = performance.now();
    times.push(Date.now());
  });
  const done = () => {
    pending--;
    lastActivity = performance.now();
  };
  page.on('requestfinished', (r) => isApi(r.url()) && done());
  page.on('requestfailed', (r) => isApi(r.url()) && done());
  page.on('response', (r) => isApi(r.url()) && answers.push(r));
  return {
    times,
    reset: () => (answers = []),
    answers: () => answers,
    /** Until no call has been open for 250 ms: the view's late calls count too. */
    async settled() {
      while (pending > 0 || performance.now() - lastActivity < 250) await sleep(50);
    },
    /** Waits while `next` more calls would pass the budget of the last 60 s. */
    async budget(next: number) {
      for (;;) {
        const recent = times.filter((t) => t > Date.now() - 60_000);
        if (recent.length + next <= CALL_BUDGET) return;
        await sleep(recent[0]! + 60_000 - Date.now() + 10);
      }
    },
  };
}

const maxPerMinute = (times: number[]) =>
  times.reduce((most, t) => Math.max(most, times.filter((u) => u >= t && u < t + 60_000).length), 0);

async function loadOnce(page: Page, watch: ReturnType<typeof apiWatch>, url: string): Promise<Load> {
  await watch.budget(20);
  watch.reset();
  const failures: string[] = [];
  const t0 = performance.now();
  let ms = NaN;
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: LOAD_TIMEOUT });
    const ready = await Promise.race([
      page.evaluate(() => window.__voceReady),
      sleep(LOAD_TIMEOUT).then((): Ready => ({ at: NaN, error: `not on screen within ${LOAD_TIMEOUT / 1000} s` })),
    ]);
    if (ready.error) failures.push(ready.error);
    else ms = performance.now() - t0;
  } catch (err) {
    failures.push(`load failed: ${(err as Error).message.split('\n')[0]}`);
  }
  await watch.settled();
  const answers = watch.answers();
  const unreported = new Set<string>();
  let rowsRead = 0;
  for (const res of answers) {
    const n = res.headers()['x-d1-rows-read'];
    if (n === undefined) unreported.add(routeOf(res));
    else rowsRead += Number(n);
    if (res.status() === 429) failures.push(`429 from ${routeOf(res)}`);
    else if (res.status() >= 400) failures.push(`${res.status()} from ${routeOf(res)}`);
  }
  return { ms, calls: answers.length, rowsRead, unreported: [...unreported], failures };
}

async function signIn(page: Page, url: string): Promise<void> {
  // Land on "Your account", which reads no responses, so every view's first load below is its own.
  await page.goto(`${url}/dashboard/?view=account`);
  await page.getByLabel('Email').fill(ADMIN.email);
  await page.getByLabel('Password').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Your account', level: 1 }).waitFor();
}

/** The views at `n` responses on a seeded, started bench server (section 3 lends its server). */
export async function viewsOn(browser: Browser, server: BenchServer, n: number, seedSeconds: number, warm = 7): Promise<ViewsRun> {
  const ticket =
    d1Query<{ ticket: string }>("SELECT ticket FROM responses WHERE site_id = 'bench' AND ticket IS NOT NULL ORDER BY created_at DESC LIMIT 1", server.target)[0]?.ticket ?? 'none';
  await run(['user', 'create', ADMIN.email, '--role', 'admin', '--password', ADMIN.password], server.target, () => {});
  // One context per size (a new server, a new origin port): warm loads reuse its cached JS.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, timezoneId: BENCH_ZONE });
  try {
    // As source text with a stand-in for `__name`, the helper tsx (esbuild keepNames) wraps named
    // functions in, which the page does not have.
    await context.addInitScript({ content: `(() => { const __name = (f) => f; (${readyProbe.toString()})(); })();` });
    const page = await context.newPage();
    const watch = apiWatch(page);
    await signIn(page, server.url);
    await watch.settled(); // the account page's own /sites, not the first view's
    const rows: ViewRow[] = [];
    for (const c of configs(ticket)) {
      const loads: Load[] = [];
      for (let i = 0; i <= warm; i++) loads.push(await loadOnce(page, watch, `${server.url}/dashboard/?site=bench${c.query}`));
      const [first, ...rest] = loads;
      const row: ViewRow = {
        responses: n,
        view: c.view,
        config: c.config,
        days: c.days,
        first: first!.ms,
        median: median(rest.map((l) => l.ms).filter((ms) => !Number.isNaN(ms))),
        calls: Math.max(...loads.map((l) => l.calls)),
        rowsRead: Math.max(...loads.map((l) => l.rowsRead)),
        unreported: [...new Set(loads.flatMap((l) => l.unreported))],
        failures: [...new Set(loads.flatMap((l) => l.failures))],
      };
      rows.push(row);
      console.log(`  ${n.toLocaleString('en')} ${c.view} (${c.config}): ${row.median.toFixed(0)} ms, ${row.rowsRead} rows${row.failures.length ? `, ${row.failures.join('; ')}` : ''}`);
    }
    return { responses: n, seedSeconds, ticket, rows, maxCallsPerMinute: maxPerMinute(watch.times) };
  } finally {
    await context.close();
  }
}

async function benchSize(browser: Browser, n: number, warm: number): Promise<ViewsRun> {
  const server = await benchServer('bench', BENCH_ZONE);
  try {
    const seedSeconds = seedBulk(server.target, 'bench', n, 90);
    await server.start();
    return await viewsOn(browser, server, n, seedSeconds, warm);
  } finally {
    await server.stop();
    server.dispose();
  }
}

export async function benchViews(sizes: number[], warm = 7): Promise<ViewsRun[]> {
  const browser = await launchBrowser();
  try {
    const out: ViewsRun[] = [];
    for (const n of sizes) out.push(await benchSize(browser, n, warm));
    return out;
  } finally {
    await browser.close();
  }
}

const ms = (x: number) => (Number.isNaN(x) ? 'failed' : `${x.toFixed(0)} ms`);
const count = (x: number) => x.toLocaleString('en');

/** Why a row misses a target: rows read for its range, median time, failures. */
function over(r: ViewRow): string[] {
  const limit = r.days === 90 ? TARGETS.rows90 : TARGETS.rows30;
  const out: string[] = [];
  if (r.rowsRead > limit) out.push(`rows > ${count(limit)}`);
  if (!(r.median <= TARGETS.medianMs)) out.push(`median > ${TARGETS.medianMs} ms`);
  if (r.failures.length) out.push(`FAILED: ${r.failures.join('; ')}`);
  return out;
}

/** The section's Markdown lines: one table of every view at every size, then the growth of each. */
export function viewsReport(runs: ViewsRun[], warm = 7): string[] {
  const lines: string[] = [];
  lines.push('| responses | view | configuration | API calls | D1 rows read | calls without X-D1-Rows-Read | first load | median (warm) | over target |');
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const run of runs) {
    for (const r of run.rows) {
      const gap = r.unreported.length ? `${r.unreported.length} unreported (${r.unreported.join(', ')})` : 'none';
      const flags = over(r);
      lines.push(
        `| ${count(r.responses)} | ${r.view} | ${r.config} | ${r.calls} | ${count(r.rowsRead)}${r.unreported.length ? ' + ?' : ''} | ${gap} | ${ms(r.first)} | ${ms(r.median)} | ${flags.length ? `**${flags.join(', ')}**` : ''} |`,
      );
    }
  }
  const [small, big] = [runs[0]!, runs.at(-1)!];
  lines.push('');
  lines.push(
    `Time: from the start of \`page.goto\` to the view's data on screen; the first load of each configuration apart (the server's first ` +
      `read of those rows), then the median of ${warm} warm loads in the same tab (JS cached). Rows: \`X-D1-Rows-Read\` summed over every ` +
      '/api/v1/ answer of one load; "+ ?" marks loads with calls that do not report it yet, so the figure is a lower bound. ' +
      `Targets: at most ${count(TARGETS.rows30)} rows per view at 30 days (any filters; also views without a range), ` +
      `${count(TARGETS.rows90)} at 90 days, a median of ${TARGETS.medianMs} ms.`,
  );
  if (runs.length > 1) {
    lines.push('');
    lines.push(`| view | configuration | median at ${count(small.responses)} | median at ${count(big.responses)} | ratio (target ≤ ${TARGETS.ratio}) |`);
    lines.push('|---|---|---|---|---|');
    for (const [i, b] of big.rows.entries()) {
      const s = small.rows[i]!;
      const ratio = b.median / s.median;
      const shown = Number.isFinite(ratio) ? `${ratio.toFixed(2)}×` : '—';
      lines.push(`| ${b.view} | ${b.config} | ${ms(s.median)} | ${ms(b.median)} | ${ratio > TARGETS.ratio ? `**${shown}**` : shown} |`);
    }
  }
  lines.push('');
  lines.push(
    `Busiest minute: ${runs.map((r) => `${count(r.maxCallsPerMinute)} calls at ${count(r.responses)}`).join(', ')} (the bench keeps under ` +
      `${count(CALL_BUDGET)} per 60 s, below the per-site limit of 3,000; a 429 would show as FAILED above); one sign-in per size ` +
      `(limit 20 per 60 s). Tickets looked up: ${runs.map((r) => r.ticket).join(', ')}. ` +
      `Seeding took ${runs.map((r) => `${r.seedSeconds.toFixed(0)} s for ${count(r.responses)}`).join(', ')}.`,
  );
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
  only = arg('--only')?.split(',');
  const sizes = arg('--sizes')?.split(',').map(Number) ?? (process.argv.includes('--quick') ? [10_000, 100_000] : [10_000, 100_000, 1_000_000]);
  for (const line of viewsReport(await benchViews(sizes))) console.log(line);
}
