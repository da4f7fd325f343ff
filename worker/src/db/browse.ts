// Reading individual responses: rows as the API shows them, cursors, pages for the export, one
// ticket, a follow-up's state, and erasure per ticket or customer. The lists a person pages through
// are in lists.ts.
import type { FollowUp, FollowUpStatus, ResponseItem } from '../../../shared/api';
import type { Where } from './metrics';
import { around, type StoredRow } from './responses';

export const CATEGORY_SQL = {
  detractor: 'nps <= 6',
  passive: 'nps BETWEEN 7 AND 8',
  promoter: 'nps >= 9',
  'low-csat': 'csat <= 2',
  'high-effort': 'ces >= 4',
} as const;
export type Category = keyof typeof CATEGORY_SQL;

/** Who needs a call back (issue #5): detractors, CSAT ≤ 2, CES ≥ 4. */
export const UNHAPPY = '(r.nps <= 6 OR r.csat <= 2 OR r.ces >= 4)';

export type Row = Omit<StoredRow, 'site_id' | 'page'>;

export const COLUMNS = 'r.id, r.survey_id, r.ticket, r.csat, r.ces, r.nps, r.comment, r.aspects, r.lang, r.source, r.verified, r.agent, r.channel, r.customer, r.created_at, r.updated_at';

export function toItem(r: Row): ResponseItem {
  return {
    id: r.id,
    survey: r.survey_id,
    ticket: r.ticket,
    csat: r.csat,
    ces: r.ces,
    nps: r.nps,
    comment: r.comment,
    aspects: r.aspects ? (JSON.parse(r.aspects) as Record<string, number>) : null,
    lang: r.lang,
    source: r.source,
    verified: r.verified === 1,
    agent: r.agent,
    channel: r.channel,
    customer: r.customer,
    createdAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

export interface PageOptions {
  category?: Category;
  withComment?: boolean;
  cursor?: { at: number; id: string } | null;
  limit: number;
}

/** A page of responses newest first, reading every row up to it (the CSV export); `where` uses the alias `r.`. */
export async function responsePage(db: D1Database, where: Where, o: PageOptions): Promise<{ items: ResponseItem[]; more: boolean; rows: Row[] }> {
  const params = [...where.params];
  const clauses = [where.sql];
  if (o.category) clauses.push(`r.${CATEGORY_SQL[o.category]}`);
  if (o.withComment) clauses.push('r.comment IS NOT NULL');
  if (o.cursor) {
    params.push(o.cursor.at, o.cursor.id);
    clauses.push(`(r.created_at, r.id) < (?${params.length - 1}, ?${params.length})`);
  }
  params.push(o.limit + 1);
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM responses r WHERE ${clauses.join(' AND ')} ORDER BY r.created_at DESC, r.id DESC LIMIT ?${params.length}`)
    .bind(...params)
    .all<Row>();
  const rows = results.slice(0, o.limit);
  return { items: rows.map(toItem), more: results.length > o.limit, rows };
}

/** By the ticket index (`+`: the time index, which orders without sorting, would scan the whole site). */
export async function ticketResponses(db: D1Database, site: string, ticket: string): Promise<ResponseItem[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM responses r WHERE r.site_id = ?1 AND r.ticket = ?2 ORDER BY +r.created_at DESC`)
    .bind(site, ticket)
    .all<Row>();
  return results.map(toItem);
}

export interface FollowUpRow extends Row {
  f_status: FollowUpStatus | null;
  f_owner: string | null;
  f_owner_email: string | null;
  f_note: string | null;
  f_updated: number | null;
}

/** The reasons of a row as SQL (alias r), in the order of FOLLOWUP_REASONS. */
export const REASON_SQL = { detractor: 'r.nps <= 6', 'low-csat': 'r.csat <= 2', 'high-effort': 'r.ces >= 4' } as const;

/** A row as the inbox shows it; `question` says which follow-up prompt its comment answered. */
export function toFollowUp(r: FollowUpRow, question: (r: Row) => string | null = () => null): FollowUp {
  const reasons: FollowUp['reasons'] = [];
  if (r.nps !== null && r.nps <= 6) reasons.push('detractor');
  if (r.csat !== null && r.csat <= 2) reasons.push('low-csat');
  if (r.ces !== null && r.ces >= 4) reasons.push('high-effort');
  return {
    response: toItem(r),
    status: r.f_status ?? 'new',
    owner: r.f_owner,
    ownerEmail: r.f_owner_email,
    note: r.f_note,
    reasons,
    question: r.comment === null ? null : question(r),
    updatedAt: r.f_updated ? new Date(r.f_updated).toISOString() : null,
  };
}

/** The follow-up columns (alias f, and the owner's email now) of a row of responses (alias r). */
export const FOLLOWUP_COLUMNS = `${COLUMNS}, f.status AS f_status, f.owner AS f_owner, f.note AS f_note, f.updated_at AS f_updated,
  (SELECT email FROM users WHERE id = f.owner) AS f_owner_email`;

/** The follow-up columns of responses `from` (alias r) with their state (alias f). */
export const followUpSelect = (from = 'responses r') => `SELECT ${FOLLOWUP_COLUMNS} FROM ${from} LEFT JOIN followups f ON f.response_id = r.id`;
export const FOLLOWUP_SELECT = followUpSelect();

export async function getFollowUp(db: D1Database, site: string, responseId: string, question?: (r: Row) => string | null): Promise<FollowUp | null> {
  const row = await db.prepare(`${FOLLOWUP_SELECT} WHERE r.site_id = ?1 AND r.id = ?2 AND ${UNHAPPY}`).bind(site, responseId).first<FollowUpRow>();
  return row ? toFollowUp(row, question) : null;
}

/**
 * A follow-up's new state, in one D1 batch: whatever the change causes (an outbox event, say) joins
 * that batch through `also`, so it is written with the change or not at all.
 */
export async function saveFollowUp(
  db: D1Database,
  site: string,
  responseId: string,
  f: { status: FollowUpStatus; owner: string | null; note: string | null },
  also: D1PreparedStatement[] = [],
): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO followups (response_id, site_id, status, owner, note, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (response_id) DO UPDATE SET status = excluded.status, owner = excluded.owner, note = excluded.note, updated_at = excluded.updated_at`,
      )
      .bind(responseId, site, f.status, f.owner, f.note, Date.now()),
    ...also,
  ]);
}

/** Erasure: every response (and its follow-up and webhook events) and every link of a ticket or customer; `also` joins the batch. */
export async function erase(db: D1Database, site: string, column: 'ticket' | 'customer', value: string, also: D1PreparedStatement[] = []): Promise<number> {
  const { before } = around(db, `r.site_id = ?1 AND r.${column} = ?2`, [site, value]);
  const [, , , responses] = await db.batch([
    before,
    // Their webhook events too: a standard event holds the answer, comment and ticket.
    db.prepare(`DELETE FROM webhook_outbox WHERE response_id IN (SELECT id FROM responses WHERE site_id = ?1 AND ${column} = ?2)`).bind(site, value),
    // The ticket's facts; for a customer, the facts of every ticket their answers and links name.
    db
      .prepare(
        column === 'ticket'
          ? 'DELETE FROM ticket_facts WHERE site_id = ?1 AND ticket = ?2'
          : `DELETE FROM ticket_facts WHERE site_id = ?1 AND ticket IN (SELECT ticket FROM responses WHERE site_id = ?1 AND customer = ?2 AND ticket IS NOT NULL
               UNION SELECT ticket FROM links WHERE site_id = ?1 AND customer = ?2)`,
      )
      .bind(site, value),
    db.prepare(`DELETE FROM responses WHERE site_id = ?1 AND ${column} = ?2 RETURNING id`).bind(site, value),
    db.prepare(`DELETE FROM links WHERE site_id = ?1 AND ${column} = ?2`).bind(site, value),
    ...also,
  ]);
  return responses!.results.length; // not meta.changes, which counts the search index's trigger writes too
}
