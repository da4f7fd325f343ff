// The lists a person pages through — comments (with search) and the follow-up inbox (inbox.ts) — read a bounded
// number of rows per page, however many responses are stored (issue #11). Each page first takes at
// most SCAN candidates from an index, newest first (the comments, the unhappy answers, or the search
// index's matches), then keeps those that pass every filter. A page can so come back short, or even
// empty, with a cursor to go on: "Load more" continues where the scan stopped.
import type { Filters, ResponseItem } from '../../../shared/api';
import { CATEGORY_SQL, COLUMNS, toItem, type Category, type Row } from './browse';
import { responsesWhere, type Range, type Where } from './metrics';
import { ftsQuery } from './search';

/** Rows a page may scan for candidates. */
export const SCAN = 1000;

/** Newest first by time and id; search results by the search index's order (rowid, newest first). */
export type ListCursor = { at: number; id: string } | { rowid: number };

export function encodeListCursor(c: ListCursor): string {
  return btoa('rowid' in c ? `s${c.rowid}` : `${c.at}.${c.id}`).replace(/=+$/, '');
}

export function decodeListCursor(cursor: string): ListCursor | null {
  try {
    const text = atob(cursor);
    const search = /^s(\d{1,15})$/.exec(text);
    if (search) return { rowid: Number(search[1]) };
    const [at, id] = text.split('.');
    return at && id && /^\d{1,15}$/.test(at) ? { at: Number(at), id } : null;
  } catch {
    return null;
  }
}

export interface Page<T> {
  items: T[];
  next: string | null;
}

export interface Candidate {
  rid: number;
  at: number;
  id: string;
}

/**
 * Up to `limit` hits newest first: candidates in growing chunks (a few more than a page, then three
 * times as many…) until the page is full, the candidates run out, or SCAN were scanned.
 */
export async function scan<T>(
  limit: number,
  cursor: ListCursor | null,
  take: (after: ListCursor | null, n: number) => Promise<Candidate[]>,
  keep: (found: Candidate[]) => Promise<T[]>,
  keyOf: (c: Candidate | T) => ListCursor,
): Promise<Page<T>> {
  const hits: T[] = [];
  let after = cursor;
  let scanned = 0;
  for (let chunk = 2 * (limit + 1); ; chunk *= 3) {
    const n = Math.min(chunk, SCAN - scanned);
    const found = await take(after, n);
    scanned += found.length;
    if (found.length) hits.push(...(await keep(found)));
    if (hits.length > limit) return { items: hits.slice(0, limit), next: encodeListCursor(keyOf(hits[limit - 1]!)) };
    if (found.length < n) return { items: hits, next: null };
    after = keyOf(found.at(-1)!);
    if (scanned >= SCAN) return { items: hits, next: encodeListCursor(after) };
  }
}

/**
 * Responses read newest first through `index`, which holds every row `upTo(at)` matches (alias r, ?1…):
 * those up to time `at` inclusive (null: the newest). One upper bound on time, so SQLite bounds the
 * index range with it.
 */
export interface Source {
  index: 'responses_by_site_time' | 'responses_commented' | 'responses_unhappy';
  upTo(at: number | null): Where;
}

/** The next `n` candidates after the cursor, from the index alone (the commented and unhappy ones hold the id). */
export function takeFrom(db: D1Database, src: Source) {
  return async (after: ListCursor | null, n: number): Promise<Candidate[]> => {
    const keyset = after && 'at' in after ? after : null;
    const { sql: where, params } = src.upTo(keyset?.at ?? null);
    const p = [...params];
    let sql = where;
    if (keyset) {
      // Not a row value, (at, id) < (?, ?): SQLite would not bound the index range with it.
      p.push(keyset.at, keyset.id);
      sql += ` AND (r.created_at < ?${p.length - 1} OR r.id < ?${p.length})`;
    }
    const { results } = await db
      .prepare(`SELECT r.rowid AS rid, r.created_at AS at, r.id FROM responses r INDEXED BY ${src.index} WHERE ${sql} ORDER BY r.created_at DESC, r.id DESC LIMIT ${n}`)
      .bind(...p)
      .all<Candidate>();
    return results;
  };
}

/** The candidates' stretch of the index, newest to oldest inclusive; pushes its parameters. */
export function stretch(found: Candidate[], params: unknown[]): string {
  const [first, last] = [found[0]!, found.at(-1)!];
  params.push(first.at, first.id, last.at, last.id);
  const n = params.length;
  return `r.created_at <= ?${n - 3} AND (r.created_at < ?${n - 3} OR r.id <= ?${n - 2}) AND r.created_at >= ?${n - 1} AND (r.created_at > ?${n - 1} OR r.id >= ?${n})`;
}

// Search candidates' rows by rowid: NOT INDEXED, or the planner may scan the range by the time index instead.
const ROWS_BY_ID = 'responses r NOT INDEXED';

export const byTime = (c: { at?: number; created_at?: number; id: string }): ListCursor => ({ at: c.at ?? c.created_at!, id: c.id });

export interface CommentOptions {
  category?: Category;
  q?: string;
  withComment?: boolean;
  cursor: ListCursor | null;
  limit: number;
}

/** A page of a site's responses newest first, with filters, a category and a comment search. */
export async function commentPage(db: D1Database, site: string, range: Range, f: Filters, o: CommentOptions): Promise<Page<ResponseItem>> {
  const match = o.q ? ftsQuery(o.q) : null;
  // Everything a row must pass besides site, time and filters, with its parameters after `params`.
  const more = (params: unknown[]) => {
    const clauses: string[] = [];
    if (o.category) clauses.push(`r.${CATEGORY_SQL[o.category]}`);
    if (o.q && !match) {
      // Shorter than a trigram: a substring test on the scanned rows (not LIKE, which has wildcards
      // to escape and a 50-byte pattern limit in D1). lower() folds ASCII only.
      params.push(o.q);
      clauses.push(`instr(lower(r.comment), lower(?${params.length})) > 0`);
    }
    return clauses.map((c) => ` AND ${c}`).join('');
  };
  const commented = o.withComment || o.q !== undefined;
  const columns = `SELECT ${COLUMNS}, r.rowid AS rid`;
  let page: Page<Row & { rid: number }>;
  if (match) {
    // The search index's newest matches (its rowids follow insertion), then the filters on them.
    const take = async (after: ListCursor | null, n: number) => {
      const from = after && 'rowid' in after ? after.rowid : null;
      const { results } = await db
        .prepare(`SELECT rowid AS rid FROM comments_fts WHERE comments_fts MATCH ?1 ${from === null ? '' : 'AND rowid < ?2'} ORDER BY rowid DESC LIMIT ${n}`)
        .bind(match, ...(from === null ? [] : [from]))
        .all<Candidate>();
      return results;
    };
    const keep = async (found: Candidate[]) => {
      const where = responsesWhere(site, range, f, 'r.');
      const p = [...where.params];
      const sql = `${columns} FROM ${ROWS_BY_ID} WHERE ${where.sql}${more(p)} AND r.rowid IN (SELECT value FROM json_each(?${p.length + 1})) ORDER BY r.rowid DESC`;
      return (await db.prepare(sql).bind(...p, JSON.stringify(found.map((c) => c.rid))).all<Row & { rid: number }>()).results;
    };
    page = await scan(o.limit, o.cursor, take, keep, (c) => ({ rowid: c.rid }));
  } else {
    const upTo = (at: number | null) => {
      const w = responsesWhere(site, { from: range.from, to: at === null ? range.to : Math.min(range.to, at + 1) }, {}, 'r.');
      return commented ? { sql: `${w.sql} AND r.comment IS NOT NULL`, params: w.params } : w;
    };
    const src: Source = { index: commented ? 'responses_commented' : 'responses_by_site_time', upTo };
    const keep = async (found: Candidate[]) => {
      // The candidates' stretch of time is the range here, so the index is read over it alone.
      const where = responsesWhere(site, { from: found.at(-1)!.at, to: found[0]!.at + 1 }, f, 'r.');
      const p = [...where.params];
      const sql = `${columns} FROM responses r INDEXED BY ${src.index} WHERE ${where.sql}${commented ? ' AND r.comment IS NOT NULL' : ''}${more(p)}
        AND ${stretch(found, p)} ORDER BY r.created_at DESC, r.id DESC`;
      return (await db.prepare(sql).bind(...p).all<Row & { rid: number }>()).results;
    };
    page = await scan(o.limit, o.cursor, takeFrom(db, src), keep, byTime);
  }
  return { items: page.items.map(toItem), next: page.next };
}
