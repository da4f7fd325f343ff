// Issue #11: what the dashboard's views read grows with the days shown, never with the responses
// stored. Every read route a view calls, measured by D1's own rows-read count (X-D1-Rows-Read, sent
// with VOCE_MEASURE=1), at 2,000 and again at 12,000 responses over the same 90 days.
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { demoResponses } from '../../scripts/lib/demo-data.mjs';
import { demoTicketFacts } from '../../scripts/lib/demo-tickets.mjs';
import { rebuildSql } from '../../worker/src/db/rollups';
import type { FollowUpCounts } from '../../shared/api';
import { COUNT_CAP } from '../../worker/src/db/inbox';
import { SCAN } from '../../worker/src/db/lists';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { createSite } from './setup/fixtures';

const DAY = 86400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const NOW = Date.now();
const D30 = `from=${day(NOW - 29 * DAY)}&to=${day(NOW)}`;
const D90 = `from=${day(NOW - 89 * DAY)}&to=${day(NOW)}`;
const FILTERS = { none: '', one: '&agent=luca', two: '&agent=luca&channel=email' };

/** The calls of each view (dashboard/src), and of its choices: every view also loads the session and the site list. */
function views(range: string, filter: string): Record<string, string[]> {
  const s = '/api/v1/sites/demo';
  const q = `${range}${filter}`;
  const inbox = (p: string) => [`${s}/followups?${p}`, `${s}/followups/counts?${p}`, `${s}/people`];
  return {
    overview: [`${s}/summary?${q}`, `${s}/trend?interval=day&${q}`, `${s}/breakdown?by=agent&${q}`, `${s}/breakdown?by=channel&${q}`],
    // The overview's aspects section, and the agents view (issue #14).
    'overview aspects': [`${s}/aspects?interval=day&${q}`],
    agents: [`${s}/agents?${q}`],
    // The Support view (issue #15): its KPIs and one driver at a time (its third call is the agents view's).
    support: [`${s}/kpis?interval=day&${q}`, `${s}/drivers?by=first_response&${q}`],
    'support, by replies': [`${s}/drivers?by=replies&${q}`],
    // The response-rate view: the summary's links funnel and answers per source.
    rate: [`${s}/summary?${q}&sources=1`],
    comments: [`${s}/responses?${q}&withComment=1`],
    'comments, detractors': [`${s}/responses?${q}&withComment=1&category=detractor`],
    'comments, search': [`${s}/responses?${q}&withComment=1&q=attesa`],
    'comments, short search': [`${s}/responses?${q}&withComment=1&q=ok`],
    // The inbox: its page, its counts per status and reason, and the people to assign (issue #12).
    followups: inbox(`status=new&${q}`),
    'followups, all': inbox(q),
    'followups, contacted': inbox(`status=contacted&${q}`),
    'followups, reason and comment': inbox(`status=new&reason=high-effort&withComment=1&${q}`),
    'followups, mine': inbox(`status=new&mine=1&${q}`),
    tickets: [`${s}/tickets/T-1000123`],
    settings: [`${s}/settings`, `${s}/surveys`, '/api/v1/users'],
  };
}

let admin: Session;

async function seed(count: number, seedNo: number): Promise<void> {
  // One statement text bound to 500 rows at a time: workerd (this pool's) crashed on thousands of
  // distinct multi-row INSERT texts (a statement-cache hash inconsistency, then SIGSEGV).
  const rows = demoResponses({ site: 'demo', survey: 'support', count, days: 90, now: NOW, seed: seedNo, ticketStart: 1_000_000 * seedNo });
  const columns = Object.keys(rows[0]!);
  const insert = `INSERT INTO responses (${columns.join(', ')}) SELECT ${columns.map((c) => `j.value ->> '${c}'`).join(', ')} FROM json_each(?1) AS j`;
  for (let i = 0; i < rows.length; i += 500) await env.DB.prepare(insert).bind(JSON.stringify(rows.slice(i, i + 500))).run();
  // Each answer's ticket with its facts: their triggers keep the ticket rollups.
  const facts = demoTicketFacts({ site: 'demo', responses: rows, days: 90, now: NOW, seed: seedNo, unsurveyedPerAnswer: 0, backlog: 0 });
  const factColumns = Object.keys(facts[0]!);
  const insertFacts = `INSERT INTO ticket_facts (${factColumns.join(', ')}) SELECT ${factColumns.map((c) => `j.value ->> '${c}'`).join(', ')} FROM json_each(?1) AS j`;
  for (let i = 0; i < facts.length; i += 500) await env.DB.prepare(insertFacts).bind(JSON.stringify(facts.slice(i, i + 500))).run();
  await env.DB.batch(rebuildSql({ tickets: false }).map((q) => env.DB.prepare(q)));
}

/** Rows read per view (sum over its calls, plus the session and site list every view loads). */
async function measure(): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const [range, rangeName] of [[D30, '30d'], [D90, '90d']] as const) {
    for (const [filterName, filter] of Object.entries(FILTERS)) {
      for (const [view, calls] of Object.entries(views(range, filter))) {
        let rows = 0;
        for (const path of ['/api/v1/auth/state', '/api/v1/sites', ...calls]) {
          const res = await call(admin, path);
          expect(res.status, path).toBe(200);
          await res.arrayBuffer();
          const header = res.headers.get('x-d1-rows-read');
          expect(header, `${path} reports rows read`).not.toBeNull();
          rows += Number(header);
        }
        out.set(`${view} ${rangeName} ${filterName}`, rows);
      }
    }
  }
  return out;
}

let small: Map<string, number>;
let large: Map<string, number>;

beforeAll(async () => {
  await createSite('demo');
  await addUser('boss@acme.test', 'correct horse battery staple', 'admin');
  admin = await signIn('boss@acme.test', 'correct horse battery staple');
  await seed(2000, 1);
  small = await measure();
  await seed(10_000, 2);
  large = await measure();
}, 300_000);

describe('rows read per dashboard view', () => {
  it('do not grow with the responses stored (2,000 → 12,000 over the same 90 days)', () => {
    // Slack for cells that fill up (more agent × channel pairs answer on a day), not for growth with
    // rows. A list page scans at most SCAN candidates (three rows read each), whatever the data.
    // The inbox adds its counts: at most COUNT_CAP unhappy answers (index entry, row, follow-up probe).
    const limit = (k: string) => (/^comments/.test(k) ? 3 * SCAN + 100 : /^followups/.test(k) ? 3 * SCAN + 3 * COUNT_CAP + 200 : small.get(k)! * 1.3 + 300);
    const grew = [...large].filter(([k, n]) => n > limit(k)).map(([k, n]) => `${k}: ${small.get(k)} → ${n}`);
    console.log(Object.fromEntries([...large].map(([k, n]) => [k, `${small.get(k)} → ${n}`])));
    expect(grew).toEqual([]);
  });

  it('stay within the budgets: 5,000 rows a view over 30 days, 10,000 over 90', () => {
    const over = [...large].filter(([k, n]) => n > (k.includes('90d') ? 10_000 : 5000)).map(([k, n]) => `${k}: ${n}`);
    expect(over).toEqual([]);
  });

  it('count at most COUNT_CAP new items in the inbox, and say so', async () => {
    const res = await call(admin, `/api/v1/sites/demo/followups/counts?${D90}`);
    const counts = (await res.json()) as FollowUpCounts;
    expect(counts.status.new).toEqual({ n: COUNT_CAP, more: true });
    expect(counts.reasons.detractor.more).toBe(true);
    // A filter nothing matches reads as many rows, not more: the cap is on candidates, not matches.
    const none = await call(admin, `/api/v1/sites/demo/followups/counts?${D90}&agent=nobody`);
    expect(((await none.json()) as FollowUpCounts).status.new).toEqual({ n: 0, more: true });
    expect(Number(none.headers.get('x-d1-rows-read'))).toBeLessThan(3 * COUNT_CAP + 100);
  });

  it('scan at most SCAN candidates per list page, with a cursor to go on', async () => {
    // A filter no response matches: the page is empty but says where to continue.
    const res = await call(admin, `/api/v1/sites/demo/responses?${D90}&agent=nobody&channel=email`);
    const page = (await res.json()) as { items: unknown[]; next: string | null };
    expect(page.items).toEqual([]);
    expect(page.next).not.toBeNull();
    expect(Number(res.headers.get('x-d1-rows-read'))).toBeLessThan(3 * SCAN + 100);
  });
});
