// Bench section 2: ingest with a D1 write against a no-work POST of the same worker, in the same run,
// 100 connections for 10 s each; then stored rows against 2xx answers (nothing lost or doubled); then
// the same ingest with two webhooks configured (issue #12), their receiver on loopback.
// `npx tsx bench/ingest.ts` runs this section alone.
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { run } from '../scripts/admin';
import { d1Query } from '../scripts/lib/wrangler';
import { load, type LoadResult } from './load';
import { benchServer } from './server';

export interface IngestResult {
  baseline: LoadResult;
  ingest: LoadResult;
  /** The same ingest with a standard and a slack endpoint on the site. */
  hooked: LoadResult;
  /** Stored rows against 2xx answers, for both ingest runs together. */
  stored: number;
  /** D1 batches the stored responses of the run without webhooks went in (n answers saw X-D1-Batch n). */
  batches: number;
  hooks: HookCounts;
}

interface HookCounts {
  /** The events the standard endpoint wants. */
  standardEventNames: string;
  /** Requests the receiver got for the standard endpoint during the 10 s, and in all (after a drain). */
  standardDuring: number;
  /** When the last of the senders' events arrived after the load, and how many had by then. */
  drainedAfterMs: number;
  standardBeforeCron: number;
  standardReceived: number;
  /** Distinct webhook-ids among them, and standard events the outbox holds. */
  standardIds: number;
  standardEvents: number;
  /** Slack alerts written to the outbox (each due a minute after its answer: sent by the cron, not in the run). */
  slackEvents: number;
}

const body = () =>
  JSON.stringify({
    id: crypto.randomUUID(),
    site: 'bench',
    survey: 'support',
    ticket: `B-${Math.floor(Math.random() * 1e9)}`,
    answers: { nps: Math.floor(Math.random() * 11), csat: 1 + Math.floor(Math.random() * 5), ces: 1 + Math.floor(Math.random() * 5) },
  });

/**
 * Each connection a client of its own (CF-Connecting-IP), so the collector's per-client flood limit
 * (100 posts per 10 s) is on, as in production. 100 connections: each then sends about 5 a second,
 * under the limit; with 50 each sent about 10 a second, right at it.
 */
const CONNECTIONS = 100;

const perClient = (i: number) => ({ 'CF-Connecting-IP': `10.0.${i >> 8}.${i & 255}` });

/**
 * A webhook receiver on loopback in a process of its own, so that answering the worker does not slow
 * the load generator's event loop: 200 to every POST, counting requests and distinct webhook-ids per
 * path; GET answers the counts.
 */
const RECEIVER = `
const ids = {}, requests = {};
require('node:http').createServer((req, res) => {
  if (req.method === 'GET') return res.end(JSON.stringify(Object.fromEntries(Object.keys(ids).map((p) => [p, { requests: requests[p], ids: ids[p].size }]))));
  (ids[req.url] ??= new Set()).add(req.headers['webhook-id']);
  requests[req.url] = (requests[req.url] ?? 0) + 1;
  req.resume().on('end', () => res.end('ok'));
}).listen(0, '127.0.0.1', function () { console.log(this.address().port); });`;

async function startReceiver() {
  const child = spawn(process.execPath, ['-e', RECEIVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve) => child.stdout!.once('data', (d: Buffer) => resolve(d.toString().trim())));
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    counts: async (path: string) => ((await (await fetch(url)).json()) as Record<string, { requests: number; ids: number }>)[path] ?? { requests: 0, ids: 0 },
    stop: () => child.kill(),
  };
}

export async function benchIngest(): Promise<IngestResult> {
  const server = await benchServer('bench');
  const receiver = await startReceiver();
  try {
    await server.start();
    const ingestRun = async (clients: (i: number) => Record<string, string>, onAnswer?: (res: Response) => void) =>
      load(`${server.url}/api/v1/responses`, body, CONNECTIONS, 10, onAnswer, clients);
    await load(`${server.url}/api/v1/health`, body, 10, 1); // warm up
    const baseline = await load(`${server.url}/api/v1/health`, body, CONNECTIONS, 10, undefined, perClient);
    let batches = 0;
    const ingest = await ingestRun(perClient, (res) => {
      if (res.ok) batches += 1 / Number(res.headers.get('x-d1-batch'));
    });

    // Two endpoints, added as an operator does (the worker is idle meanwhile), with the CLI's default
    // event (response.negative): a standard one and a Slack channel. VOCE_BENCH_HOOK_EVENTS gives the
    // standard one other events (e.g. response.created,response.negative: about two per answer).
    const hookEvents = process.env.VOCE_BENCH_HOOK_EVENTS;
    await run(['webhook', 'add', 'bench', `${receiver.url}/standard`, ...(hookEvents ? ['--events', hookEvents] : [])], server.target, () => {});
    await run(['webhook', 'add', 'bench', `${receiver.url}/slack`, '--format', 'slack'], server.target, () => {});
    // Other client addresses: the flood limit's 10 s windows of the last run do not carry over.
    // The pooled connections idled through those commands, and the server may close them just as
    // they are reused: renew them on the no-work route first.
    await load(`${server.url}/api/v1/health`, body, CONNECTIONS, 1);
    const hooked = await ingestRun((i) => perClient(i + CONNECTIONS));
    const standardDuring = (await receiver.counts('/standard')).requests;
    // The senders go on after the load: when did the last event arrive before 3 s went by without one
    // (at most 60 s)? What the cron then still finds was left behind by them.
    const ended = Date.now();
    let drainedAfterMs = 0;
    for (let seen = standardDuring, quietSince = ended; Date.now() - quietSince < 3000 && Date.now() - ended < 60_000; ) {
      await new Promise((r) => setTimeout(r, 100));
      const now = (await receiver.counts('/standard')).requests;
      if (now > seen) [seen, quietSince, drainedAfterMs] = [now, Date.now(), Date.now() - ended];
    }
    const standardBeforeCron = (await receiver.counts('/standard')).requests;
    // Anything left is the cron's: run it until nothing standard is due.
    for (let i = 0; i < 100; i++) {
      const before = (await receiver.counts('/standard')).requests;
      await fetch(`${server.url}/__scheduled?cron=*+*+*+*+*`).then((r) => r.text());
      await new Promise((r) => setTimeout(r, 300));
      if ((await receiver.counts('/standard')).requests === before) break;
    }
    const received = await receiver.counts('/standard');
    await server.stop();

    const stored = d1Query<{ n: number }>("SELECT count(*) AS n FROM responses WHERE site_id = 'bench'", server.target)[0]!.n;
    const events = d1Query<{ format: string; n: number }>(
      'SELECT e.format, count(*) AS n FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id GROUP BY e.format',
      server.target,
    );
    const eventsOf = (format: string) => events.find((e) => e.format === format)?.n ?? 0;
    return {
      baseline,
      ingest,
      hooked,
      stored,
      batches: Math.round(batches),
      hooks: { standardEventNames: hookEvents ?? 'response.negative', standardDuring, drainedAfterMs, standardBeforeCron, standardReceived: received.requests, standardIds: received.ids, standardEvents: eventsOf('standard'), slackEvents: eventsOf('slack') },
    };
  } finally {
    receiver.stop();
    await server.stop();
    server.dispose();
  }
}

const f1 = (x: number) => x.toFixed(1);

/** The section's lines of the report (markdown). */
export function ingestReport(r: IngestResult): string[] {
  // Stored answers per second against the baseline's answers per second: a 429 is not ingest.
  const okRate = (x: LoadResult) => (x.rps * x.ok) / Math.max(1, x.requests);
  const ratio = (x: LoadResult) => `${(100 * (okRate(x) / okRate(r.baseline))).toFixed(0)}%`;
  const h = r.hooks;
  return [
    '| route | requests/s | p50 | p99 | requests | 2xx | failed | × baseline (2xx/s) |',
    '|---|---|---|---|---|---|---|---|',
    ...(
      [
        ['baseline: POST /api/v1/health (no work)', r.baseline],
        ['POST /api/v1/responses (validate + D1 write)', r.ingest],
        ['POST /api/v1/responses with two webhooks (standard + slack), receiver on loopback', r.hooked],
      ] as const
    ).map(([name, x]) => `| ${name} | ${f1(x.rps)} | ${f1(x.p50)} ms | ${f1(x.p99)} ms | ${x.requests} | ${x.ok} | ${x.failed} | ${ratio(x)} |`),
    '',
    `Ingest reaches **${ratio(r.ingest)}** of the baseline's 2xx answers per second (target: at least 50%); ` +
      `${r.ingest.failed} answers were not 2xx (429 from the flood limit, or errors).`,
    `With two webhooks configured, ingest reaches **${ratio(r.hooked)}** of the baseline (target: at least 50%): each answer also ` +
      'writes its events to the outbox in its D1 batch, and the sends after the commit run in the same worker (and the receiver on the same 2 cores).',
    `Webhooks: a standard endpoint (${r.hooks.standardEventNames}) and a slack one (response.negative) on the site. ` +
      `The receiver got ${h.standardDuring} standard events during the 10 s (while answers keep coming, a site's sender sends at most 25 ` +
      `a round, 4 rounds a second, so the answers come first), ${h.standardBeforeCron} by ${f1(h.drainedAfterMs / 1000)} s after the load ended ` +
      `(the senders catching up, no cron), and ${h.standardReceived} in all after the cron ran for what was left ` +
      `(${h.standardIds} distinct webhook-ids; the outbox holds ${h.standardEvents} standard events → ` +
      `${h.standardIds === h.standardEvents ? 'every one delivered' : 'NOT ALL DELIVERED'}); ${h.slackEvents} Slack alerts were queued, each due a minute after its answer (sent by the cron, so not during the run).`,
    `Concurrent responses share D1 batches (group commit): ${r.ingest.ok} responses went in ${r.batches} batches, ` +
      `${(r.ingest.ok / Math.max(1, r.batches)).toFixed(1)} per D1 round trip on average (the run without webhooks).`,
    `Stored rows: **${r.stored}**, 2xx answers: **${r.ingest.ok + r.hooked.ok}** → ` +
      `${r.stored === r.ingest.ok + r.hooked.ok ? 'equal: nothing lost, nothing doubled' : 'NOT EQUAL'}.`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of ingestReport(await benchIngest())) console.log(line);
}
