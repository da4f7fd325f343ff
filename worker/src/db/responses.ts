// Queries on responses. Storing is one idempotent upsert keyed by the client's UUID (email answers:
// by their ticket's slot), so retries, beacons and concurrent duplicates never store one twice.
import { groupCommit } from './group-commit';
import { eventsSql } from '../webhooks/outbox';
import { addSql, subtractSql } from './rollups';

export interface ResponseRow {
  id: string;
  site: string;
  survey: string;
  ticket: string | null;
  csat: number | null;
  ces: number | null;
  nps: number | null;
  comment: string | null;
  aspects: Record<string, number> | null;
  lang: string | null;
  source: 'widget' | 'email';
  /** 1: the ticket was vouched for (a signed email link, or the site's ticket token in the widget). */
  verified: 0 | 1;
  agent: string | null;
  channel: string | null;
  customer: string | null;
  page: string | null;
  createdAt: number;
  updatedAt: number;
}

export type UpsertOutcome = 'created' | 'merged' | 'conflict';

// The columns an upsert writes, each read from a row of the JSON array bound to ?1 (see upsertRows).
const COLUMNS: [column: string, key: keyof ResponseRow][] = [
  ['id', 'id'], ['site_id', 'site'], ['survey_id', 'survey'], ['ticket', 'ticket'], ['csat', 'csat'], ['ces', 'ces'],
  ['nps', 'nps'], ['comment', 'comment'], ['aspects', 'aspects'], ['lang', 'lang'], ['source', 'source'], ['verified', 'verified'],
  ['agent', 'agent'], ['channel', 'channel'], ['customer', 'customer'], ['page', 'page'], ['created_at', 'createdAt'], ['updated_at', 'updatedAt'],
];

/** How long after it was first stored a response may still be completed or corrected (issue #10). */
export const CHANGE_WINDOW_MS = 24 * 3600_000;

// A later post changes only answers: present ones replace the stored ones, absent ones stay, aspect
// ratings merge key by key. Who and what the response is about (ticket, agent, channel, customer,
// page, verified) never changes once stored.
const MERGE_ANSWERS = `
    csat     = coalesce(excluded.csat, responses.csat),
    ces      = coalesce(excluded.ces, responses.ces),
    nps      = coalesce(excluded.nps, responses.nps),
    comment  = coalesce(excluded.comment, responses.comment),
    aspects  = CASE WHEN excluded.aspects IS NULL THEN responses.aspects
                    WHEN responses.aspects IS NULL THEN excluded.aspects
                    ELSE json_patch(responses.aspects, excluded.aspects) END,
    lang     = coalesce(excluded.lang, responses.lang),
    updated_at = excluded.updated_at,
    revision = responses.revision + 1,
    answers_rev = responses.answers_rev + (
         (excluded.csat IS NOT NULL AND excluded.csat IS NOT responses.csat)
      OR (excluded.ces IS NOT NULL AND excluded.ces IS NOT responses.ces)
      OR (excluded.nps IS NOT NULL AND excluded.nps IS NOT responses.nps)
      OR (excluded.comment IS NOT NULL AND excluded.comment IS NOT responses.comment)
      OR (excluded.aspects IS NOT NULL AND (responses.aspects IS NULL OR json_patch(responses.aspects, excluded.aspects) IS NOT json(responses.aspects))))`;

const SELECT_ROWS = `SELECT ${COLUMNS.map(([, k]) => `j.value ->> '${k}'`).join(', ')} FROM json_each(?1) AS j WHERE true`;

/**
 * Inserts each response of the JSON array bound to ?1, or merges its answers into the stored one with
 * the same id (MERGE_ANSWERS). A merge is refused — a conflict, no row returned — when the id belongs
 * to another site, survey or source, when it would change the ticket, agent, channel, customer or
 * verified mark, or when the stored response is older than CHANGE_WINDOW_MS. One statement for any
 * number of responses (each id at most once), so a batch costs D1 one statement, not one per response.
 */
const UPSERT = `INSERT INTO responses (${COLUMNS.map(([c]) => c).join(', ')})
  ${SELECT_ROWS}
  ON CONFLICT (id) DO UPDATE SET ${MERGE_ANSWERS}
  WHERE responses.site_id = excluded.site_id
    AND responses.survey_id = excluded.survey_id
    AND responses.source = excluded.source
    AND responses.verified = excluded.verified
    AND (excluded.ticket IS NULL OR excluded.ticket IS responses.ticket)
    AND (excluded.agent IS NULL OR excluded.agent IS responses.agent)
    AND (excluded.channel IS NULL OR excluded.channel IS responses.channel)
    AND (excluded.customer IS NULL OR excluded.customer IS responses.customer)
    AND excluded.updated_at - responses.created_at < ${CHANGE_WINDOW_MS}
  RETURNING id, revision`;

/**
 * An answer through an email link goes to its ticket's slot: one response per site, survey, ticket
 * and verified mark (signed links 1, template links 0; the unique index responses_email_slot), made
 * with a random id on first answer and updated by every later one. The id is never derived from
 * public data, so nobody can take it first.
 */
const UPSERT_EMAIL = `INSERT INTO responses (${COLUMNS.map(([c]) => c).join(', ')})
  ${SELECT_ROWS}
  ON CONFLICT (site_id, survey_id, ticket, verified) WHERE source = 'email' DO UPDATE SET ${MERGE_ANSWERS},
    agent    = coalesce(responses.agent, excluded.agent),
    channel  = coalesce(responses.channel, excluded.channel),
    customer = coalesce(responses.customer, excluded.customer)
  RETURNING id, revision`;

const rowsJson = (rows: ResponseRow[]) => JSON.stringify(rows.map((r) => ({ ...r, aspects: r.aspects && JSON.stringify(r.aspects) })));

function upsertRows(db: D1Database, rows: ResponseRow[]): D1PreparedStatement {
  return db.prepare(UPSERT).bind(rowsJson(rows));
}

const EMAIL_SLOT = "r.site_id = ?1 AND r.survey_id = ?2 AND r.ticket = ?3 AND r.verified = ?4 AND r.source = 'email'";

/** The statements that store an email answer in its ticket's slot, with the rollups around it and its webhook events. */
export function upsertEmailWithRollups(db: D1Database, row: ResponseRow & { ticket: string }): D1PreparedStatement[] {
  const { before, after } = around(db, EMAIL_SLOT, [
    row.site,
    row.survey,
    row.ticket,
    row.verified,
  ]);
  const events = db.prepare(eventsSql(EMAIL_SLOT)).bind(row.site, row.survey, row.ticket, row.verified);
  return [before, db.prepare(UPSERT_EMAIL).bind(rowsJson([row])), after, events];
}

/** The stored email answer of a ticket's slot (signed links: verified 1, template links: 0). */
export async function getEmailAnswer(db: D1Database, site: string, survey: string, ticket: string, verified: 0 | 1): Promise<ResponseRow | null> {
  const row = await db
    .prepare("SELECT * FROM responses WHERE site_id = ?1 AND survey_id = ?2 AND ticket = ?3 AND verified = ?4 AND source = 'email'")
    .bind(site, survey, ticket, verified)
    .first<StoredRow>();
  return row ? toResponse(row) : null;
}

/** The statements around a change of the responses matching `where`: before it and after it. */
export function around(db: D1Database, where: string, params: unknown[]): { before: D1PreparedStatement; after: D1PreparedStatement } {
  return { before: db.prepare(subtractSql(where)).bind(...params), after: db.prepare(addSql(where)).bind(...params) };
}

export interface Stored {
  outcome: UpsertOutcome;
  /** What D1 bills for this write: its share of the batch's rows written (rows, indexes, rollups). */
  rowsWritten: number;
  /** How many responses shared its D1 batch. */
  batch: number;
  /** Webhook events the batch wrote to the outbox (all of its responses together). */
  events: number;
}

/** Which upsert statement of a batch each row goes in: an id seen again goes in a later one. */
function roundOf(rows: ResponseRow[]): number[] {
  const seen = new Map<string, number>();
  return rows.map((r) => {
    const round = seen.get(r.id) ?? 0;
    seen.set(r.id, round + 1);
    return round;
  });
}

/** What an upsert made of a row, from its RETURNING row (none: a conflict). */
export function outcomeOf(revision: number | undefined): UpsertOutcome {
  return revision === undefined ? 'conflict' : revision === 0 ? 'created' : 'merged';
}

/**
 * The statements of one D1 batch, one transaction, that upsert `rows` in order: the rollups lose
 * what the affected rows contributed, the rows change (an id seen again goes in a later statement,
 * so it merges into the first), the rollups gain what the rows now contribute, and the webhook
 * events they cause are written to the outbox.
 */
export function upsertWithRollups(db: D1Database, rows: ResponseRow[]): D1PreparedStatement[] {
  const rounds: ResponseRow[][] = [];
  roundOf(rows).forEach((round, i) => (rounds[round] ??= []).push(rows[i]!));
  const ids = JSON.stringify([...new Set(rows.map((r) => r.id))]);
  const where = 'r.id IN (SELECT value FROM json_each(?1))';
  const { before, after } = around(db, where, [ids]);
  return [before, ...rounds.map((round) => upsertRows(db, round)), after, db.prepare(eventsSql(where)).bind(ids)];
}

/**
 * Upserts responses in one D1 batch (see upsertWithRollups), and says what became of each:
 * created, merged, or refused as a conflict.
 */
export async function upsertResponses(db: D1Database, rows: ResponseRow[]): Promise<Stored[]> {
  const results = await db.batch<{ id: string; revision: number }>(upsertWithRollups(db, rows));
  const written = results.reduce((n, x) => n + (x.meta.rows_written ?? 0), 0);
  const rounds = results.slice(1, -2).map((x) => new Map(x.results.map((row) => [row.id, row.revision])));
  const events = results.at(-1)!.results.length;
  return roundOf(rows).map((round, i) => ({
    outcome: outcomeOf(rounds[round]!.get(rows[i]!.id)),
    rowsWritten: written / rows.length,
    batch: rows.length,
    events,
  }));
}

export async function upsertResponse(db: D1Database, r: ResponseRow): Promise<Stored> {
  return (await upsertResponses(db, [r]))[0]!;
}

// Batches of at most 50 responses (16 KiB each at most): well inside D1's 2 MB per bound value.
const collector = groupCommit<{ db: D1Database; row: ResponseRow }, Stored>(
  (items) => upsertResponses(items[0]!.db, items.map((x) => x.row)),
  (x) => upsertResponse(x.db, x.row),
  { max: 50, lingerMs: 10 },
);

/** The collector's write: concurrent responses share D1 batches (see group-commit.ts). */
export function storeResponse(db: D1Database, row: ResponseRow, keepAlive?: (p: Promise<unknown>) => void): Promise<Stored> {
  return collector.write({ db, row }, keepAlive);
}

/** A row of `responses` as D1 returns it. */
export interface StoredRow {
  id: string;
  site_id: string;
  survey_id: string;
  ticket: string | null;
  csat: number | null;
  ces: number | null;
  nps: number | null;
  comment: string | null;
  aspects: string | null;
  lang: string | null;
  source: 'widget' | 'email';
  verified: 0 | 1;
  agent: string | null;
  channel: string | null;
  customer: string | null;
  page: string | null;
  created_at: number;
  updated_at: number;
}

export function toResponse(row: StoredRow): ResponseRow {
  return {
    id: row.id,
    site: row.site_id,
    survey: row.survey_id,
    ticket: row.ticket,
    csat: row.csat,
    ces: row.ces,
    nps: row.nps,
    comment: row.comment,
    aspects: row.aspects ? (JSON.parse(row.aspects) as Record<string, number>) : null,
    lang: row.lang,
    source: row.source,
    verified: row.verified,
    agent: row.agent,
    channel: row.channel,
    customer: row.customer,
    page: row.page,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
