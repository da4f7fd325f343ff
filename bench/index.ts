// `npm run bench`: Voce's numbers beside baselines measured in the same run, printed as one report
// and written to BENCHMARKS.md. Sections follow issue #6: bytes, ingest, reads, cost, bundles; 2c the
// widget's survey call and 3b the dashboard views (#11).
// `npm run bench -- --quick` skips the 1,000,000-response read and view tests; `npx tsx bench/<section>.ts`
// runs one section alone (ingest, survey, sign-in, views).
import { writeFileSync } from 'node:fs';
import { ROOT } from '../scripts/lib/wrangler';
import { reportSizes, type Sizes } from '../scripts/size';
import { benchIngest, ingestReport } from './ingest';
import { benchReads } from './reads';
import { benchSignIn } from './sign-in';
import { benchSurvey, surveyReport } from './survey';
import { BENCH_ZONE, benchServer } from './server';
import { dashboardFirstLoad, peerSizes, voceWidget, workerBundle } from './sizes';
import { launchBrowser } from '../tests/browser/harness';
import { viewsOn, viewsReport, type ViewsRun } from './views';

// D1 list prices (Workers Paid, per month) used for the cost lines: beyond the included
// 25 billion rows read and 50 million rows written, $0.001 per million rows read and $1.00 per
// million rows written.
const PRICE = { readIncluded: 25e9, perMillionRead: 0.001, writeIncluded: 50e6, perMillionWritten: 1.0 };

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const f1 = (x: number) => x.toFixed(1);
const lines: string[] = [];
const say = (s = '') => {
  lines.push(s);
  console.log(s);
};
const sizeRow = (name: string, s: Sizes, ratio?: number) =>
  `| ${name} | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(s.brotli)} |${ratio === undefined ? '' : ` ${ratio.toFixed(1)}× |`}`;

/** Rows D1 writes for one new response (the row and its indexes), as the worker reports D1's meta. */
async function rowsWrittenPerResponse(): Promise<number> {
  const server = await benchServer('bench');
  try {
    await server.start();
    const res = await fetch(`${server.url}/api/v1/responses`, {
      method: 'POST',
      body: JSON.stringify({ id: crypto.randomUUID(), site: 'bench', survey: 'support', ticket: 'T-1', answers: { nps: 9, csat: 4, ces: 2, comment: 'ok' }, meta: { agent: 'mario', channel: 'chat', customer: 'c-1' } }),
    });
    return Number(res.headers.get('x-d1-rows-written'));
  } finally {
    await server.stop();
    server.dispose();
  }
}

const quick = process.argv.includes('--quick');
const when = new Date().toISOString().slice(0, 16).replace('T', ' ');
say(`# Voce benchmarks (${when} UTC, ${process.platform} ${process.arch}, Node ${process.version})`);
say();
say('Every figure is measured by `npm run bench` in one run, beside its baseline. Local `wrangler dev` (workerd +');
say('local D1 on SQLite), 2 cores shared by the load generator and the server: compare ratios, not absolutes.');

// 1. Widget bytes
say();
say('## 1. Widget bytes: everything a page downloads to show and send a survey');
say();
await reportSizes();
const voce = voceWidget();
say('| bundle | raw | gzip | brotli | × Voce (brotli) |');
say('|---|---|---|---|---|');
say(sizeRow('**Voce** (widget.js + widget-ui, JS + CSS, one language)', voce, 1));
for (const p of peerSizes()) say(sizeRow(p.name, p.sizes, p.sizes.brotli / voce.brotli));

// 2. Ingest
say();
say('## 2. Ingest: POST /api/v1/responses (fresh ids), without and with webhooks, vs a no-work POST of the same worker, 100 connections × 10 s');
say();
say('Each connection sends its own client address (`CF-Connecting-IP`), so the per-client flood limit (100 posts per 10 s) is on.');
say();
for (const line of ingestReport(await benchIngest())) say(line);

// 2b. Sign-in
say();
say('## 2b. Sign-in: one PBKDF2-SHA256 verification (100,000 iterations) in workerd');
say();
const signIn = await benchSignIn();
say('| measure | median |');
say('|---|---|');
say(`| failed sign-in (POST /api/v1/auth/login, one at a time) | ${f1(signIn.login)} ms |`);
say(`| baseline: POST /api/v1/health, one at a time | ${f1(signIn.baseline)} ms |`);
say(`| **difference: the verification in workerd** | **${f1(signIn.pbkdf2)} ms** |`);
say(`| the same derivation in Node's WebCrypto | ${f1(signIn.node)} ms |`);
say();
say(
  `${signIn.samples} sign-ins after a warm-up, unknown emails (verified against a stand-in hash of the same cost). ` +
    "Cloudflare's Free plan allows 10 ms of CPU per request; see README, Security.",
);

// 2c. The widget's call (issue #11)
say();
for (const line of surveyReport(await benchSurvey())) say(line);

// 3. Reads
const sizes = quick ? [10_000, 100_000] : [10_000, 100_000, 1_000_000];
say();
say(`## 3. Dashboard reads at ${sizes.map((n) => n.toLocaleString('en')).join(', ')} responses (all within the last 90 days), the site in ${BENCH_ZONE}`);
say();
// Section 3b's views run on section 3's servers, so each size is seeded once.
const browser = await launchBrowser();
const views: ViewsRun[] = [];
const reads = await benchReads(sizes, 30, async (server, n, seedSeconds) => {
  views.push(await viewsOn(browser, server, n, seedSeconds));
});
await browser.close();
say('| responses | call | median | p95 | first call (cold) | D1 rows read per call |');
say('|---|---|---|---|---|---|');
for (const r of reads) {
  for (const c of r.calls) {
    say(`| ${r.responses.toLocaleString('en')} | ${c.name} | ${f1(c.p50)} ms | ${f1(c.p95)} ms | ${f1(c.first)} ms | ${c.rowsRead.toLocaleString('en')} |`);
  }
}
say();
say('Median and p95 over 30 calls after the first; the first call after the server starts reads a cold database file.');
const [small, big] = [reads[0]!, reads.at(-1)!];
say(
  `Median at ${big.responses.toLocaleString('en')} ÷ median at ${small.responses.toLocaleString('en')} (limit 2×): ` +
    big.calls.map((c, i) => `${c.name.split(' (')[0]} ${(c.p50 / small.calls[i]!.p50).toFixed(2)}×`).join(', ') +
    '.',
);
say();
say(`Seeding took ${reads.map((r) => `${r.seedSeconds.toFixed(0)} s for ${r.responses.toLocaleString('en')}`).join(', ')} (\`npm run seed -- --responses N\`).`);

// 3b. Views: what a person waits for, and what D1 reads, per view rather than per route (issue #11)
say();
say(`## 3b. Dashboard views at ${sizes.map((n) => n.toLocaleString('en')).join(', ')} responses, the site in ${BENCH_ZONE}, in Chromium as a signed-in admin in the same zone`);
say();
for (const line of viewsReport(views)) say(line);

// 4. Cost
const written = await rowsWrittenPerResponse();
const largest = reads.at(-1)!;
const numbers = largest.calls.filter((c) => !c.name.startsWith('comment search'));
const perView = numbers.reduce((s, c) => s + c.rowsRead, 0) + numbers.find((c) => c.name.startsWith('breakdown'))!.rowsRead; // summary, trend, agent + channel breakdowns
const monthWrites = 1e6 * written;
const monthReads = 1e4 * perView;
const cost = Math.max(0, monthWrites - PRICE.writeIncluded) / 1e6 * PRICE.perMillionWritten + Math.max(0, monthReads - PRICE.readIncluded) / 1e6 * PRICE.perMillionRead;
say();
say('## 4. Cost at D1 list prices');
say();
say(`| measure | value |`);
say('|---|---|');
say(`| rows written per stored response (D1 meta: the row, its indexes, 29 rollup cells and the search index) | ${written} |`);
say(`| rows read per dashboard view at ${largest.responses.toLocaleString('en')} responses (summary + trend + 2 breakdowns) | ${perView.toLocaleString('en')} |`);
say(`| a month of 1,000,000 responses | ${monthWrites.toLocaleString('en')} rows written |`);
say(`| a month of 10,000 dashboard views | ${monthReads.toLocaleString('en')} rows read |`);
say(`| cost beyond the Workers Paid plan's included rows | $${cost.toFixed(2)} per month |`);

// 5. Bundles
say();
say('## 5. Worker bundle and dashboard first load');
say();
const dash = dashboardFirstLoad();
say('| bundle | raw | gzip | brotli |');
say('|---|---|---|---|');
say(sizeRow('worker (wrangler deploy --dry-run)', workerBundle()));
say(sizeRow('dashboard first-load JS', dash.js));
say(sizeRow('dashboard CSS', dash.css));
say(sizeRow('dashboard Chart.js chunk (loaded after first paint)', dash.lazy));

writeFileSync(`${ROOT}BENCHMARKS.md`, `${lines.join('\n')}\n`);
console.log('\nWritten to BENCHMARKS.md');
