// The Support view's numbers (GET …/kpis and …/drivers, issue #15) equal a recomputation from the raw
// rows in JavaScript (days from Intl), for random ticket facts and answers from a seeded PRNG in a site
// whose days are Rome's: facts before and after their answers, facts changed after the answers (a
// slower first reply, a reopen), answers changed and erased, tickets erased, a change of time zone in
// chunks, retention (the counts stay) and a rebuild. Filters the rollups answer (none, agent, channel, both)
// and those only the raw rows can (the answers' language or survey) are both checked.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DriverBy, DriversView, Filters, KpisView, TicketKpis } from '../../shared/api';
import {
  binOf,
  binValue,
  countAnswers,
  DRIVER_BUCKETS,
  driverBucket,
  DURATION_ERROR,
  replyBucket,
  strongestDriver,
  timeBucket,
} from '../../shared/metrics';
import { erase } from '../../worker/src/db/browse';
import { upsertResponse, type ResponseRow } from '../../worker/src/db/responses';
import { purgeSite } from '../../worker/src/db/retention';
import { rebuildSql } from '../../worker/src/db/rollups';
import { upsertFacts, type Fact } from '../../worker/src/db/tickets';
import { recountChunkQueries, startZoneChangeQueries } from '../../worker/src/db/timezone';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { createSite } from './setup/fixtures';
import { prng } from './setup/prng';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const NOW = Date.now();
// Thirty days ending two days ago, so every ticket is solved in the past and the backlog is today's.
const T0 = NOW - 32 * DAY;
const SITE = 'sup';

const rand = prng(15_2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const maybe = <T>(x: T, p = 0.15): T | undefined => (rand() < p ? undefined : x);
const AGENTS = ['mario', 'giulia', 'luca'];
const CHANNELS = ['email', 'chat'];
const TICKETS = 260;
const ticketId = (i: number) => `T-${i}`;
/** A duration spread over every bucket: minutes to days, log-uniform. */
const duration = () => Math.floor(Math.exp(Math.log(2 * MIN) + rand() * (Math.log(6 * DAY) - Math.log(2 * MIN))));

function randomFact(i: number): Fact {
  const createdAt = T0 + Math.floor(rand() * 26 * DAY);
  const open = rand() < 0.12;
  const fr = createdAt + duration();
  const solvedAt = Math.max(fr, createdAt + duration());
  return {
    ticket: ticketId(i),
    status: open ? 'open' : pick(['solved', 'closed'] as const),
    createdAt,
    firstResponseAt: maybe(fr),
    solvedAt: open ? undefined : solvedAt,
    agentReplies: maybe(Math.floor(rand() * 7)),
    customerReplies: maybe(Math.floor(rand() * 4)),
    reopens: maybe(rand() < 0.8 ? 0 : 1 + Math.floor(rand() * 2)),
    agent: maybe(pick(AGENTS), 0.1),
    channel: maybe(pick(CHANNELS), 0.1),
  };
}

function randomAnswer(): ResponseRow {
  const at = T0 + Math.floor(rand() * 31 * DAY);
  const score = (lo: number, hi: number) => (rand() < 0.15 ? null : lo + Math.floor(rand() * (hi - lo + 1)));
  return {
    id: crypto.randomUUID(), site: SITE, survey: pick(['support', 'nps-only']), ticket: rand() < 0.05 ? null : ticketId(Math.floor(rand() * (TICKETS + 20))),
    csat: score(1, 5), ces: score(1, 5), nps: score(0, 10), comment: null, aspects: null, lang: pick(['it', 'en']),
    source: 'widget', verified: 0, agent: pick(AGENTS), channel: pick(CHANNELS), customer: null, page: null, createdAt: at, updatedAt: at,
  };
}

const dayIn = (zone: string, ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
let zone = 'Europe/Rome';

interface FactRow { ticket: string; status: string; created_at: number; first_response_at: number | null; solved_at: number | null; agent_replies: number | null; reopens: number | null; agent: string | null; channel: string | null }
interface AnswerRow { ticket: string | null; survey_id: string; lang: string | null; source: string; verified: number; nps: number | null; csat: number | null; ces: number | null }

async function raw(): Promise<{ facts: FactRow[]; answers: AnswerRow[] }> {
  const [facts, answers] = await env.DB.batch([
    env.DB.prepare('SELECT * FROM ticket_facts WHERE site_id = ?1').bind(SITE),
    env.DB.prepare('SELECT * FROM responses WHERE site_id = ?1').bind(SITE),
  ]);
  return { facts: facts!.results as unknown as FactRow[], answers: answers!.results as unknown as AnswerRow[] };
}

/** Nearest-rank percentile of durations, each reported as its histogram bin (the stored resolution). */
function binnedPercentile(ms: number[], p: number): number | null {
  if (ms.length === 0) return null;
  const sorted = [...ms].sort((a, b) => a - b);
  return binValue(binOf(sorted[Math.max(1, Math.ceil(p * sorted.length)) - 1]!));
}

function stats(ms: number[]) {
  return { n: ms.length, median: binnedPercentile(ms, 0.5), p90: binnedPercentile(ms, 0.9) };
}

const pct = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

/** The tickets solved on `fromDay`…`toDay` matching the filters, and each one's answers matching them. */
function select(data: { facts: FactRow[]; answers: AnswerRow[] }, f: Filters, fromDay: string, toDay: string) {
  const tickets = data.facts.filter((t) => {
    if (t.solved_at === null) return false;
    const day = dayIn(zone, t.solved_at);
    return day >= fromDay && day <= toDay && (!f.agent || t.agent === f.agent) && (!f.channel || t.channel === f.channel);
  });
  const answersOf = (ticket: string) =>
    data.answers.filter(
      (a) => a.ticket === ticket && (!f.survey || a.survey_id === f.survey) && (!f.lang || a.lang === f.lang) && (!f.source || a.source === f.source),
    );
  return { tickets, answersOf };
}

function kpis(tickets: FactRow[], answersOf: (t: string) => AnswerRow[]): Omit<TicketKpis, 'backlog'> {
  const touch = tickets.filter((t) => t.agent_replies !== null);
  const reopenKnown = tickets.filter((t) => t.reopens !== null);
  return {
    solved: tickets.length,
    firstResponse: stats(tickets.filter((t) => t.first_response_at !== null).map((t) => t.first_response_at! - t.created_at)),
    resolution: stats(tickets.map((t) => t.solved_at! - t.created_at)),
    oneTouchRate: pct(touch.filter((t) => t.agent_replies! <= 1 && (t.reopens ?? 0) === 0).length, touch.length),
    reopenRate: pct(reopenKnown.filter((t) => t.reopens! > 0).length, reopenKnown.length),
    responseRate: pct(tickets.reduce((n, t) => n + answersOf(t.ticket).length, 0), tickets.length),
  };
}

function bucketOf(t: FactRow, by: DriverBy): string | null {
  if (by === 'first_response') return t.first_response_at === null ? null : timeBucket(t.first_response_at - t.created_at);
  if (by === 'resolution') return timeBucket(t.solved_at! - t.created_at);
  if (by === 'replies') return t.agent_replies === null ? null : replyBucket(t.agent_replies);
  return t.reopens === null ? null : t.reopens > 0 ? 'yes' : 'no';
}

const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);

let admin: Session;
const FROM = () => dayIn(zone, T0 + 2 * DAY);
const TO = () => dayIn(zone, T0 + 29 * DAY);
const FILTERS: Filters[] = [{}, { agent: 'mario' }, { channel: 'chat' }, { agent: 'giulia', channel: 'email' }, { lang: 'it' }, { survey: 'nps-only', agent: 'luca' }];
const query = (f: Filters) => Object.entries(f).map(([k, v]) => `&${k}=${v}`).join('');

async function expectKpis(f: Filters): Promise<void> {
  const [from, to] = [FROM(), TO()];
  const res = await call(admin, `/api/v1/sites/${SITE}/kpis?from=${from}&to=${to}&interval=day${query(f)}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as KpisView;
  const data = await raw();
  const { tickets, answersOf } = select(data, f, from, to);
  const length = Math.round((Date.parse(to) - Date.parse(from)) / DAY) + 1;
  const prev = select(data, f, addDays(from, -length), addDays(from, -1));
  const { backlog, ...current } = body.current;
  expect(current, `current ${JSON.stringify(f)}`).toEqual(kpis(tickets, answersOf));
  expect(body.previous.solved).toBe(prev.tickets.length);
  expect({ ...body.previous, backlog: undefined, from: undefined, to: undefined }).toEqual({ ...kpis(prev.tickets, prev.answersOf), backlog: undefined, from: undefined, to: undefined });
  expect(backlog).toBeNull(); // the period ends before today
  expect(body.points.map((p) => p.start)).toEqual(Array.from({ length }, (_, i) => addDays(from, i)));
  for (const p of body.points) {
    const { start, ...point } = p;
    const on = select(data, f, start, start);
    expect(point, `${start} ${JSON.stringify(f)}`).toEqual(kpis(on.tickets, on.answersOf));
  }
  const agents = [...new Set(tickets.map((t) => t.agent).filter((a): a is string => a !== null))];
  const expected = agents.map((agent) => ({ agent, ...kpis(tickets.filter((t) => t.agent === agent), answersOf) }));
  expected.sort((a, b) => b.solved - a.solved || a.agent.localeCompare(b.agent));
  expect(body.agents, `agents ${JSON.stringify(f)}`).toEqual(expected);
}

async function expectDrivers(f: Filters, by: DriverBy): Promise<DriversView> {
  const [from, to] = [FROM(), TO()];
  const res = await call(admin, `/api/v1/sites/${SITE}/drivers?by=${by}&from=${from}&to=${to}${query(f)}`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as DriversView;
  const { tickets, answersOf } = select(await raw(), f, from, to);
  const buckets = DRIVER_BUCKETS[by].map((bucket) => {
    const inIt = tickets.filter((t) => bucketOf(t, by) === bucket);
    return driverBucket(bucket, inIt.length, countAnswers(inIt.flatMap((t) => answersOf(t.ticket))));
  });
  expect(body.buckets, `${by} ${JSON.stringify(f)}`).toEqual(JSON.parse(JSON.stringify(buckets)));
  expect(body.strongest).toEqual(strongestDriver(buckets));
  return body;
}

async function expectAll(): Promise<void> {
  for (const f of FILTERS) {
    await expectKpis(f);
    for (const by of ['first_response', 'resolution', 'replies', 'reopened'] as const) await expectDrivers(f, by);
  }
}

async function setZone(z: string): Promise<void> {
  zone = z;
  await env.DB.batch([
    env.DB.prepare("UPDATE sites SET settings = json_set(settings, '$.timezone', ?2) WHERE id = ?1").bind(SITE, z),
    ...startZoneChangeQueries(SITE, z, undefined, Date.now()).map(([q, p]) => env.DB.prepare(q).bind(...p)),
  ]);
}

beforeAll(async () => {
  await createSite(SITE);
  await addUser('kpi@voce.test', 'a long enough password', 'admin');
  admin = await signIn('kpi@voce.test', 'a long enough password');
  await setZone('Europe/Rome');
  for (const q of recountChunkQueries(SITE, Number.MAX_SAFE_INTEGER)) await env.DB.prepare(q[0]).bind(...q[1]).run();
  // Half the facts before any answer, the answers, then the other half after them.
  const facts = Array.from({ length: TICKETS }, (_, i) => randomFact(i));
  await upsertFacts(env.DB, SITE, facts.slice(0, TICKETS / 2), NOW);
  for (let i = 0; i < 420; i++) await upsertResponse(env.DB, randomAnswer());
  for (let i = TICKETS / 2; i < TICKETS; i += 50) await upsertFacts(env.DB, SITE, facts.slice(i, i + 50), NOW);
}, 120_000);

describe('ticket KPIs and drivers', () => {
  it('equal a recomputation from the raw rows, for every filter, day and agent', async () => {
    await expectAll();
    // The fixture is not empty: most buckets have tickets and answers, and the rollups served the first three filters.
    const { facts } = await raw();
    expect(facts.filter((t) => t.solved_at !== null).length).toBeGreaterThan(200);
  }, 120_000);

  it('follow facts changed after the answers: slower first replies, more replies, reopens, a ticket reopened to open', async () => {
    const { facts } = await raw();
    const changes: Fact[] = facts.filter(() => rand() < 0.4).map((t) => {
      const reopened = rand() < 0.15;
      const fr = t.created_at + duration();
      return {
        ticket: t.ticket,
        status: reopened ? 'open' : 'solved',
        createdAt: t.created_at,
        firstResponseAt: fr,
        solvedAt: reopened ? undefined : Math.min(NOW - 3 * DAY, Math.max(fr, t.created_at + duration())),
        agentReplies: Math.floor(rand() * 7),
        reopens: (t.reopens ?? 0) + (reopened ? 1 : 0),
        agent: pick(AGENTS),
      };
    });
    await upsertFacts(env.DB, SITE, changes, NOW);
    await expectAll();
  }, 120_000);

  it('follow answers changed and erased, and tickets erased', async () => {
    const { results } = await env.DB.prepare("SELECT * FROM responses WHERE site_id = ?1 AND ticket IS NOT NULL LIMIT 60").bind(SITE).all<{ id: string; ticket: string; created_at: number; survey_id: string }>();
    for (const r of results.slice(0, 30)) {
      await upsertResponse(env.DB, { ...randomAnswer(), id: r.id, ticket: r.ticket, survey: r.survey_id, createdAt: r.created_at, updatedAt: Date.now() });
    }
    for (const r of results.slice(30, 40)) await env.DB.prepare('DELETE FROM responses WHERE id = ?1').bind(r.id).run();
    for (const r of results.slice(40, 45)) await erase(env.DB, SITE, 'ticket', r.ticket);
    await expectAll();
  }, 120_000);

  it('move with a change of time zone in chunks, and equal a rebuild', async () => {
    await setZone('America/New_York');
    let chunks = 0;
    for (let done = false; !done; chunks++) {
      const results = await env.DB.batch(recountChunkQueries(SITE, 40).map(([q, p]) => env.DB.prepare(q).bind(...p)));
      done = results.at(-1)!.results.length > 0;
    }
    expect(chunks).toBeGreaterThan(5);
    await expectAll();
    const before = await env.DB.prepare("SELECT * FROM ticket_drivers WHERE site_id = ?1 AND tickets <> 0 ORDER BY dim, driver, value, day, bucket").bind(SITE).all();
    await env.DB.batch(rebuildSql().map((q) => env.DB.prepare(q)));
    const after = await env.DB.prepare("SELECT * FROM ticket_drivers WHERE site_id = ?1 AND tickets <> 0 ORDER BY dim, driver, value, day, bucket").bind(SITE).all();
    expect(after.results).toEqual(before.results);
    await expectAll();
  }, 240_000);

  it('report percentiles within the histograms’ resolution of the exact values', async () => {
    const [from, to] = [FROM(), TO()];
    const body = (await (await call(admin, `/api/v1/sites/${SITE}/kpis?from=${from}&to=${to}`)).json()) as KpisView;
    const { tickets } = select(await raw(), {}, from, to);
    const exact = tickets.map((t) => (t.solved_at! - t.created_at) / MIN).sort((a, b) => a - b);
    const median = exact[Math.ceil(exact.length / 2) - 1]!;
    const error = Math.abs(body.current.resolution.median! - median);
    expect(error).toBeLessThanOrEqual(median < 60 ? 0.5 : median * DURATION_ERROR);
  });

  it('count the backlog open now with its median age', async () => {
    const today = dayIn(zone, Date.now());
    const body = (await (await call(admin, `/api/v1/sites/${SITE}/kpis?from=${addDays(today, -6)}&to=${today}`)).json()) as KpisView;
    const open = (await raw()).facts.filter((t) => t.status === 'open').map((t) => t.created_at).sort((a, b) => b - a);
    expect(body.current.backlog!.open).toBe(open.length);
    const median = (Date.now() - open[Math.ceil(open.length / 2) - 1]!) / MIN;
    expect(Math.abs(body.current.backlog!.medianAgeMinutes! - median)).toBeLessThan(1);
    expect(body.previous.backlog).toBeNull();
  });

  it('keep the counts when retention erases old tickets and answers', async () => {
    const [from, to] = [FROM(), TO()];
    const before = await (await call(admin, `/api/v1/sites/${SITE}/kpis?from=${from}&to=${to}`)).json();
    await purgeSite(env.DB, SITE, T0 + 20 * DAY);
    expect((await raw()).facts.every((t) => t.created_at >= T0 + 20 * DAY)).toBe(true);
    expect(await (await call(admin, `/api/v1/sites/${SITE}/kpis?from=${from}&to=${to}`)).json()).toEqual(before);
  });
});
