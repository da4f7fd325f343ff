// Bench section 2c (issue #11): the widget's own call, GET /api/v1/surveys/bench/support, against the
// no-work GET /api/v1/health of the same worker in the same run, 100 connections × 10 s each; then the
// same call with If-None-Match, as a browser revalidates once max-age has passed (304, no body). The
// baseline runs before and after, and ratios are to their mean: on a machine shared with other work
// the throughput drifts within a minute.
// `npx tsx bench/survey.ts` runs this section alone.
import { pathToFileURL } from 'node:url';
import { load, type LoadResult } from './load';
import { benchServer } from './server';

const CONNECTIONS = 100;
const SECONDS = 10;
/** The bench site's allowed origin (bench/server.ts): the widget's call is cross-origin, so it sends one. */
const ORIGIN = 'http://127.0.0.1';
/** What the widget asks: its language in ?lang= (widget/src/loader.ts). */
const PATH = '/api/v1/surveys/bench/support?lang=en';

export interface SurveyResult {
  baseline: LoadResult;
  baselineAfter: LoadResult;
  survey: LoadResult;
  revalidated: LoadResult;
  /** Bytes of the 200's body, which a 304 does not send again. */
  bytes: number;
  /** Answers per status code in each run: a 200 run that got 304s (or errors) would not measure the route. */
  statuses: { survey: Record<number, number>; revalidated: Record<number, number> };
}

function tally(into: Record<number, number>) {
  return (res: Response) => {
    into[res.status] = (into[res.status] ?? 0) + 1;
  };
}

export async function benchSurvey(): Promise<SurveyResult> {
  const server = await benchServer('bench');
  try {
    await server.start();
    const health = `${server.url}/api/v1/health`;
    const url = `${server.url}${PATH}`;
    const first = await fetch(url, { headers: { Origin: ORIGIN } });
    const body = await first.text();
    const etag = first.headers.get('etag');
    if (first.status !== 200 || first.headers.get('access-control-allow-origin') !== ORIGIN) {
      throw new Error(`${PATH} answered ${first.status} without CORS for ${ORIGIN}: ${body}`);
    }
    const plain = () => ({ Origin: ORIGIN });
    const conditional = () => ({ Origin: ORIGIN, ...(etag ? { 'If-None-Match': etag } : {}) });
    await load(health, null, 10, 1, undefined, plain); // warm up
    await load(url, null, 10, 1, undefined, plain);
    const statuses = { survey: {}, revalidated: {} };
    const baseline = await load(health, null, CONNECTIONS, SECONDS, undefined, plain);
    const survey = await load(url, null, CONNECTIONS, SECONDS, tally(statuses.survey), plain);
    const revalidated = await load(url, null, CONNECTIONS, SECONDS, tally(statuses.revalidated), conditional);
    const baselineAfter = await load(health, null, CONNECTIONS, SECONDS, undefined, plain);
    return { baseline, baselineAfter, survey, revalidated, bytes: new TextEncoder().encode(body).length, statuses };
  } finally {
    await server.stop();
    server.dispose();
  }
}

const f1 = (x: number) => x.toFixed(1);
const codes = (s: Record<number, number>) =>
  Object.entries(s)
    .map(([code, n]) => `${n} × ${code}`)
    .join(', ');

/** The section as printed by `npm run bench`. */
export function surveyReport(r: SurveyResult): string[] {
  const row = (name: string, x: LoadResult) => `| ${name} | ${f1(x.rps)} | ${f1(x.p50)} ms | ${f1(x.p99)} ms | ${x.requests} | ${x.failed} |`;
  const base = (r.baseline.rps + r.baselineAfter.rps) / 2;
  return [
    `## 2c. Widget's call: GET survey definition vs the no-work route, ${CONNECTIONS} connections × ${SECONDS} s`,
    '',
    `Every request sends the bench site's allowed \`Origin\`, as the widget's cross-origin call does.`,
    '',
    '| route | requests/s | p50 | p99 | requests | not 2xx/304 |',
    '|---|---|---|---|---|---|',
    row('baseline: GET /api/v1/health (no work)', r.baseline),
    row(`GET ${PATH} (200, ${r.bytes} bytes)`, r.survey),
    row(`the same with If-None-Match (304, no body)`, r.revalidated),
    row('baseline again, after', r.baselineAfter),
    '',
    `The survey definition reaches **${(100 * (r.survey.rps / base)).toFixed(0)}%** of the baseline's requests per second ` +
      `(the mean of its two runs; target: at least 80%); with If-None-Match, ${(100 * (r.revalidated.rps / base)).toFixed(0)}%. ` +
      `Answers: ${codes(r.statuses.survey)}; revalidated: ${codes(r.statuses.revalidated)}.`,
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of surveyReport(await benchSurvey())) console.log(line);
}
