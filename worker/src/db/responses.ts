// Queries on responses. Storing is one idempotent upsert keyed by the client's UUID, so retries,
// beacons and concurrent duplicates can never store a response twice.
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

/**
 * Inserts the response, or merges it into the stored one with the same id: answers present in
 * this post replace the stored ones, absent ones stay, aspect ratings are merged key by key.
 * An id that already belongs to another site, survey, ticket or source is a conflict, not a merge.
 */
export function upsertStatement(db: D1Database, r: ResponseRow): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, comment, aspects, lang, source,
                              agent, channel, customer, page, created_at, updated_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?16)
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
       RETURNING revision`,
    )
    .bind(
      r.id,
      r.site,
      r.survey,
      r.ticket,
      r.csat,
      r.ces,
      r.nps,
      r.comment,
      r.aspects ? JSON.stringify(r.aspects) : null,
      r.lang,
      r.source,
      r.agent,
      r.channel,
      r.customer,
      r.page,
      r.createdAt,
    );
}

/** The statements around a change of the responses matching `where`: before it and after it. */
export function around(db: D1Database, where: string, params: unknown[]): { before: D1PreparedStatement; after: D1PreparedStatement } {
  return { before: db.prepare(subtractSql(where)).bind(...params), after: db.prepare(addSql(where)).bind(...params) };
}

/** The upsert between the rollup updates of that response, for one D1 batch (index 1 is the upsert). */
export function upsertWithRollups(db: D1Database, r: ResponseRow): D1PreparedStatement[] {
  const { before, after } = around(db, 'r.id = ?1', [r.id]);
  return [before, upsertStatement(db, r), after];
}

export async function upsertResponse(db: D1Database, r: ResponseRow): Promise<{ outcome: UpsertOutcome; rowsWritten: number }> {
  const results = await db.batch<{ revision: number }>(upsertWithRollups(db, r));
  const row = results[1]!.results[0];
  const outcome = !row ? 'conflict' : row.revision === 0 ? 'created' : 'merged';
  return { outcome, rowsWritten: results.reduce((n, x) => n + (x.meta.rows_written ?? 0), 0) };
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
