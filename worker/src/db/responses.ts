// Queries on responses. Storing is one idempotent upsert keyed by the client's UUID, so retries,
// beacons and concurrent duplicates can never store a response twice.
import { groupCommit } from './group-commit';
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
  ['nps', 'nps'], ['comment', 'comment'], ['aspects', 'aspects'], ['lang', 'lang'], ['source', 'source'], ['agent', 'agent'],
  ['channel', 'channel'], ['customer', 'customer'], ['page', 'page'], ['created_at', 'createdAt'], ['updated_at', 'updatedAt'],
];

/**
 * Inserts each response of the JSON array bound to ?1, or merges it into the stored one with the
 * same id: answers present in this post replace the stored ones, absent ones stay, aspect ratings
 * are merged key by key. An id that already belongs to another site, survey, ticket or source is a
 * conflict, not a merge, and returns no row. One statement for any number of responses (each id at
 * most once), so a batch costs D1 one statement, not one per response.
 */
const UPSERT = `INSERT INTO responses (${COLUMNS.map(([c]) => c).join(', ')})
  SELECT ${COLUMNS.map(([, k]) => `j.value ->> '${k}'`).join(', ')} FROM json_each(?1) AS j WHERE true
  ON CONFLICT (id) DO UPDATE SET
    ticket   = coalesce(responses.ticket, excluded.ticket),
    csat     = coalesce(excluded.csat, responses.csat),
    ces      = coalesce(excluded.ces, responses.ces),
    nps      = coalesce(excluded.nps, responses.nps),
    comment  = coalesce(excluded.comment, responses.comment),
    aspects  = CASE WHEN excluded.aspects IS NULL THEN responses.aspects
                    WHEN responses.aspects IS NULL THEN excluded.aspects
                    ELSE json_patch(responses.aspects, excluded.aspects) END,
    lang     = coalesce(excluded.lang, responses.lang),
    agent    = coalesce(excluded.agent, responses.agent),
    channel  = coalesce(excluded.channel, responses.channel),
    customer = coalesce(excluded.customer, responses.customer),
    page     = coalesce(excluded.page, responses.page),
    updated_at = excluded.updated_at,
    revision = responses.revision + 1
  WHERE responses.site_id = excluded.site_id
    AND responses.survey_id = excluded.survey_id
    AND responses.source = excluded.source
    AND (excluded.ticket IS NULL OR responses.ticket IS NULL OR responses.ticket = excluded.ticket)
  RETURNING id, revision`;

function upsertRows(db: D1Database, rows: ResponseRow[]): D1PreparedStatement {
  return db.prepare(UPSERT).bind(JSON.stringify(rows.map((r) => ({ ...r, aspects: r.aspects && JSON.stringify(r.aspects) }))));
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
 * so it merges into the first), the rollups gain what the rows now contribute.
 */
export function upsertWithRollups(db: D1Database, rows: ResponseRow[]): D1PreparedStatement[] {
  const rounds: ResponseRow[][] = [];
  roundOf(rows).forEach((round, i) => (rounds[round] ??= []).push(rows[i]!));
  const ids = JSON.stringify([...new Set(rows.map((r) => r.id))]);
  const { before, after } = around(db, 'r.id IN (SELECT value FROM json_each(?1))', [ids]);
  return [before, ...rounds.map((round) => upsertRows(db, round)), after];
}

/**
 * Upserts responses in one D1 batch (see upsertWithRollups), and says what became of each:
 * created, merged, or refused as a conflict.
 */
export async function upsertResponses(db: D1Database, rows: ResponseRow[]): Promise<Stored[]> {
  const results = await db.batch<{ id: string; revision: number }>(upsertWithRollups(db, rows));
  const written = results.reduce((n, x) => n + (x.meta.rows_written ?? 0), 0);
  const rounds = results.slice(1, -1).map((x) => new Map(x.results.map((row) => [row.id, row.revision])));
  return roundOf(rows).map((round, i) => ({
    outcome: outcomeOf(rounds[round]!.get(rows[i]!.id)),
    rowsWritten: written / rows.length,
    batch: rows.length,
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
    agent: row.agent,
    channel: row.channel,
    customer: row.customer,
    page: row.page,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function getResponse(db: D1Database, id: string): Promise<ResponseRow | null> {
  const row = await db.prepare('SELECT * FROM responses WHERE id = ?1').bind(id).first<StoredRow>();
  return row ? toResponse(row) : null;
}
