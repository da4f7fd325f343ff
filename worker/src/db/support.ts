// Reading ticket counts for the Support view (migrations/0017_ticket_rollups.sql): from the per-day
// rollups when the filters name at most the ticket's agent or channel, else from the raw rows (the
// same tallies, so both paths answer alike). A ticket counts on the local day it was solved; survey,
// source, lang and verified pick which of its answers count, agent and channel pick the tickets.
import type { DriverBy, Filters } from '../../../shared/api';
import { addAllCounts, addHistogram, binOf, emptyCounts, replyBucket, timeBucket, type Counts, type Histogram } from '../../../shared/metrics';
import { localDaySql } from './rollups';
import type { Period } from './metrics';

export interface TicketTally {
  solved: number;
  firstResponse: Histogram;
  resolution: Histogram;
  touchKnown: number;
  oneTouch: number;
  reopenKnown: number;
  reopened: number;
  responses: number;
}

export function emptyTicketTally(): TicketTally {
  return { solved: 0, firstResponse: new Map(), resolution: new Map(), touchKnown: 0, oneTouch: 0, reopenKnown: 0, reopened: 0, responses: 0 };
}

export function addTicketTally(into: TicketTally, more: TicketTally): TicketTally {
  into.solved += more.solved;
  addHistogram(into.firstResponse, more.firstResponse);
  addHistogram(into.resolution, more.resolution);
  into.touchKnown += more.touchKnown;
  into.oneTouch += more.oneTouch;
  into.reopenKnown += more.reopenKnown;
  into.reopened += more.reopened;
  into.responses += more.responses;
  return into;
}

/** A driver bucket's tickets and the counts of their answers. */
export interface DriverTally {
  tickets: number;
  counts: Counts;
}

const SEP = '\u001f';
/** One value's days, read through the value index (the key would read every value of each day). */
const ONE = ' AND value = ?5';

/** The rollup cell that answers these filters, or null when only the raw rows can (filters on answers). */
function cellOf(f: Filters): { dim: string; value: string } | null {
  if (f.survey !== undefined || f.source !== undefined || f.lang !== undefined || f.verified !== undefined) return null;
  if (f.agent !== undefined && f.channel !== undefined) return { dim: 'agent+channel', value: `${f.channel}${SEP}${f.agent}` };
  if (f.agent !== undefined) return { dim: 'agent', value: f.agent };
  if (f.channel !== undefined) return { dim: 'channel', value: f.channel };
  return { dim: 'all', value: '' };
}

/**
 * The rows of the agent cells for these filters: every agent's, the filtered agent's, or within a
 * channel (a range of the agent+channel cell's values), each row's agent after the separator.
 */
function agentCellOf(f: Filters): { dim: string; where: string; params: string[] } | null {
  if (!cellOf(f)) return null;
  if (f.channel === undefined) return f.agent === undefined ? { dim: 'agent', where: '', params: [] } : { dim: 'agent', where: ONE, params: [f.agent] };
  if (f.agent !== undefined) return { dim: 'agent+channel', where: ONE, params: [`${f.channel}${SEP}${f.agent}`] };
  // `+value`: the days' range of the key, not every day of the channel's agents in the value index.
  return { dim: 'agent+channel', where: ' AND +value >= ?5 AND +value < ?6', params: [`${f.channel}${SEP}`, `${f.channel}\u0020`] };
}

const NPS = Array.from({ length: 11 }, (_, i) => `nps_${i}`);
const CSAT = Array.from({ length: 5 }, (_, i) => `csat_${i + 1}`);
const CES = Array.from({ length: 5 }, (_, i) => `ces_${i + 1}`);

const histogram = (json: string): Histogram => new Map(Object.entries(JSON.parse(json) as Record<string, number>).map(([k, n]) => [Number(k), n]));

/** Rows of one tally key: each day's (or agent's) tally, keyed by `keyOf`. */
type KeyOf = (row: { day: string; value: string }) => string;

interface RollupRow {
  day: string;
  value: string;
  solved: number;
  first_response: string;
  resolution: string;
  touch_known: number;
  one_touch: number;
  reopen_known: number;
  reopened: number;
  responses: number;
}

/**
 * The tallies of the period's solved tickets, keyed by `keyOf(day, value)`: the cell of the filters, or
 * with `perAgent` the agent cell (every agent, or the filtered one), whose value is the ticket's agent.
 */
export async function readTicketTally(db: D1Database, site: string, p: Period, f: Filters, keyOf: KeyOf, perAgent = false): Promise<Map<string, TicketTally>> {
  const base = cellOf(f);
  const cell = perAgent
    ? agentCellOf(f)
    : base && { dim: base.dim, where: base.dim === 'all' ? '' : ONE, params: base.dim === 'all' ? [] : [base.value] };
  const out = new Map<string, TicketTally>();
  const at = (k: string) => out.get(k) ?? out.set(k, emptyTicketTally()).get(k)!;
  if (cell) {
    const { results } = await db
      .prepare(
        `SELECT day, value, solved, first_response, resolution, touch_known, one_touch, reopen_known, reopened, responses
           FROM ticket_rollups${cell.where === ONE ? ' INDEXED BY ticket_rollups_by_value' : ''}
          WHERE site_id = ?1 AND dim = ?2 AND day >= ?3 AND day <= ?4${cell.where}`,
      )
      .bind(site, cell.dim, p.fromDay, p.toDay, ...cell.params)
      .all<RollupRow>();
    for (const r of results) {
      if (r.solved === 0 && r.responses === 0) continue;
      const value = cell.dim === 'agent+channel' ? r.value.slice(r.value.indexOf(SEP) + 1) : r.value;
      addTicketTally(at(keyOf({ day: r.day, value })), {
        solved: r.solved,
        firstResponse: histogram(r.first_response),
        resolution: histogram(r.resolution),
        touchKnown: r.touch_known,
        oneTouch: r.one_touch,
        reopenKnown: r.reopen_known,
        reopened: r.reopened,
        responses: r.responses,
      });
    }
    return out;
  }
  const { tickets, answers } = await rawTickets(db, site, p, f);
  for (const t of tickets) {
    const tally = at(keyOf({ day: t.day, value: t.agent ?? '' }));
    tally.solved++;
    if (t.first_response_at !== null) addHistogram(tally.firstResponse, [[binOf(t.first_response_at - t.created_at), 1]]);
    addHistogram(tally.resolution, [[binOf(t.solved_at - t.created_at), 1]]);
    if (t.agent_replies !== null) {
      tally.touchKnown++;
      if (t.agent_replies <= 1 && (t.reopens ?? 0) === 0) tally.oneTouch++;
    }
    if (t.reopens !== null) tally.reopenKnown++;
    if ((t.reopens ?? 0) > 0) tally.reopened++;
    tally.responses += answers.get(t.ticket)?.responses ?? 0;
  }
  return out;
}

/** A driver's buckets over the period: tickets and the counts of their answers. */
export async function readDriverTally(db: D1Database, site: string, p: Period, f: Filters, by: DriverBy): Promise<Map<string, DriverTally>> {
  const out = new Map<string, DriverTally>();
  const at = (k: string) => out.get(k) ?? out.set(k, { tickets: 0, counts: emptyCounts() }).get(k)!;
  const cell = cellOf(f);
  if (cell) {
    const valued = cell.dim !== 'all';
    const { results } = await db
      .prepare(
        `SELECT bucket, sum(tickets) AS tickets, sum(responses) AS responses, ${[...NPS, ...CSAT, ...CES].map((c) => `sum(${c}) AS ${c}`).join(', ')}
           FROM ticket_drivers WHERE site_id = ?1 AND dim = ?2 AND driver = ?3 AND day >= ?4 AND day <= ?5${valued ? ' AND value = ?6' : ''}
          GROUP BY bucket`,
      )
      .bind(site, cell.dim, by, p.fromDay, p.toDay, ...(valued ? [cell.value] : []))
      .all<Record<string, number | string>>();
    for (const r of results) {
      const t = at(r.bucket as string);
      t.tickets += r.tickets as number;
      addAllCounts(t.counts, {
        responses: r.responses as number,
        nps: NPS.map((c) => r[c] as number),
        csat: CSAT.map((c) => r[c] as number),
        ces: CES.map((c) => r[c] as number),
      });
    }
    return out;
  }
  const { tickets, answers } = await rawTickets(db, site, p, f);
  for (const t of tickets) {
    const bucket = bucketOf(t, by);
    if (bucket === null) continue;
    const tally = at(bucket);
    tally.tickets++;
    const a = answers.get(t.ticket);
    if (a) addAllCounts(tally.counts, a);
  }
  return out;
}

export interface FactRow {
  ticket: string;
  created_at: number;
  first_response_at: number | null;
  solved_at: number;
  agent_replies: number | null;
  reopens: number | null;
  agent: string | null;
  day: string;
}

/** A solved ticket's bucket of a driver; null when its facts do not say. */
export function bucketOf(t: Omit<FactRow, 'day' | 'ticket' | 'agent'>, by: DriverBy): string | null {
  if (by === 'first_response') return t.first_response_at === null ? null : timeBucket(t.first_response_at - t.created_at);
  if (by === 'resolution') return timeBucket(t.solved_at - t.created_at);
  if (by === 'replies') return t.agent_replies === null ? null : replyBucket(t.agent_replies);
  return t.reopens === null ? null : t.reopens > 0 ? 'yes' : 'no';
}

/** The period's solved tickets (by agent and channel) and the counts of their answers (by the other filters). */
async function rawTickets(db: D1Database, site: string, p: Period, f: Filters): Promise<{ tickets: FactRow[]; answers: Map<string, Counts> }> {
  const params: unknown[] = [site, p.from, p.to];
  const where = ['t.site_id = ?1', 't.solved_at >= ?2', 't.solved_at < ?3'];
  for (const [column, value] of [['agent', f.agent], ['channel', f.channel]] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`t.${column} = ?${params.length}`);
  }
  const ticketsSql = `SELECT t.ticket, t.created_at, t.first_response_at, t.solved_at, t.agent_replies, t.reopens, t.agent,
      ${localDaySql('t.site_id', 't.solved_at')} AS day FROM ticket_facts t INDEXED BY ticket_facts_by_solved WHERE ${where.join(' AND ')}`;
  const answerWhere = ['r.site_id = ?1', `r.ticket IN (SELECT t.ticket FROM ticket_facts t INDEXED BY ticket_facts_by_solved WHERE ${where.join(' AND ')})`];
  const answerParams = [...params];
  for (const [column, value] of [['survey_id', f.survey], ['source', f.source], ['lang', f.lang], ['verified', f.verified === undefined ? undefined : Number(f.verified)]] as const) {
    if (value === undefined) continue;
    answerParams.push(value);
    answerWhere.push(`r.${column} = ?${answerParams.length}`);
  }
  const [tickets, answers] = await db.batch<Record<string, unknown>>([
    db.prepare(ticketsSql).bind(...params),
    db.prepare(`SELECT r.ticket, r.nps, r.csat, r.ces FROM responses r WHERE ${answerWhere.join(' AND ')}`).bind(...answerParams),
  ]);
  const byTicket = new Map<string, Counts>();
  for (const r of answers!.results as { ticket: string; nps: number | null; csat: number | null; ces: number | null }[]) {
    const c = byTicket.get(r.ticket) ?? byTicket.set(r.ticket, emptyCounts()).get(r.ticket)!;
    c.responses++;
    if (r.nps !== null) c.nps[r.nps]!++;
    if (r.csat !== null) c.csat[r.csat - 1]!++;
    if (r.ces !== null) c.ces[r.ces - 1]!++;
  }
  return { tickets: tickets!.results as unknown as FactRow[], answers: byTicket };
}

/** The tickets open now (by agent and channel) and the median of their ages in minutes. */
export async function readBacklog(db: D1Database, site: string, f: Filters, now: number): Promise<{ open: number; medianAgeMinutes: number | null }> {
  const params: unknown[] = [site];
  const where = ["site_id = ?1", "status = 'open'"];
  for (const [column, value] of [['agent', f.agent], ['channel', f.channel]] as const) {
    if (value === undefined) continue;
    params.push(value);
    where.push(`${column} = ?${params.length}`);
  }
  const { results } = await db
    .prepare(`SELECT created_at FROM ticket_facts INDEXED BY ticket_facts_open WHERE ${where.join(' AND ')} ORDER BY created_at DESC`)
    .bind(...params)
    .all<{ created_at: number }>();
  if (results.length === 0) return { open: 0, medianAgeMinutes: null };
  // Ages ascending = created descending; the nearest-rank median.
  const median = results[Math.ceil(results.length / 2) - 1]!.created_at;
  return { open: results.length, medianAgeMinutes: Math.max(0, (now - median) / 60_000) };
}
