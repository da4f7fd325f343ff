// Changing a site's time zone (migrations/0012_timezone.sql, 0014_zone_recount.sql): the new offsets
// are stored at once and the per-day counts move to the new local days in bounded chunks afterwards.
//
// Why it is exact. Every write to daily_rollups — the collector's addSql/subtractSql, the links'
// triggers, rebuildSql and these chunks — finds a row's day with one lookup (offsetSql) that depends
// only on the row's created_at and the recount state: a row created at or before the site's cursor
// (zone_recounts.cursor_ms) is counted under the current offsets (site_utc_offsets), a later one under
// the offsets it was counted with before (zone_recount_offsets: the generation whose `upto_ms` is the
// smallest at or after it). So whatever writes a row's counts at any moment, its removal is found on
// the very day its addition went to. A chunk, in one D1 batch (a transaction: nothing runs between its
// statements), takes the next rows after the cursor, subtracts them under the lookup as it stands,
// moves the cursor past them and adds them back under the lookup as it now stands: they move to the
// new days; rows outside the range are untouched. An answer written, changed or deleted between two
// chunks is counted once, on the day the lookup gives it then, and moved when its chunk comes, or,
// behind the cursor already, never needs to be. When no row is left after the cursor it goes to the
// end of time and the state is dropped in the same batch: from then on every row uses the current
// offsets, which is what each was counted under. A second change mid-recount pushes the offsets rows
// up to the cursor were moved to as one more generation (upto = cursor) and starts again from the
// beginning: every row keeps the lookup it had, so the same argument holds. Totals never change; only
// which day a count is on is in flux, and the dashboard says so while a recount is pending. Tickets
// count on the day they were solved: they move with the chunk their solved_at falls in.
import { EARLIEST, utcOffsets } from '../../../shared/timezone';
import { aspectsSql, EMPTY_ASPECT_ROWS } from './aspect-rollups';
import { addSql, LATEST, linksSql, subtractSql, ticketsSql } from './rollups';

/** Responses and links moved per chunk (about 0.2 s of D1 time each, bench/timezone.ts). */
export const RECOUNT_CHUNK = 1000;

type Query = [sql: string, params: unknown[]];

const DAY = 86_400_000;
const CURSOR = '(SELECT cursor_ms FROM zone_recounts WHERE site_id = ?1)';
const BOUND = '(SELECT bound_ms FROM zone_recounts WHERE site_id = ?1)';
const PREV = '(SELECT prev_ms FROM zone_recounts WHERE site_id = ?1)';

/**
 * Sets `zone`'s offsets and starts (or restarts) the recount: the offsets rows were counted with so far
 * become a generation, the cursor goes back to the beginning. Nothing is moved yet.
 */
export function startZoneChangeQueries(site: string, zone: string, retentionDays: number | undefined, now: number): Query[] {
  // With retention, rows older than its cutoff are about to be erased: they keep the days they have
  // (the cursor starts past them), as they always did; nothing but the erasure touches them again.
  const since = retentionDays ? now - retentionDays * DAY : EARLIEST;
  const offsets = zone === 'UTC' ? [] : utcOffsets(zone);
  return [
    // Generations the cursor has passed hold no rows any more (and would clash with the new one).
    [`DELETE FROM zone_recount_offsets WHERE site_id = ?1 AND upto_ms <= ${CURSOR}`, [site]],
    // The offsets rows up to the cursor (all of them when no recount is pending) were counted with.
    // A UTC site has no rows: its generation gets one, offset 0 from the beginning of time.
    [
      `INSERT INTO zone_recount_offsets (site_id, upto_ms, from_ms, offset_ms)
       SELECT ?1, coalesce(${CURSOR}, ${LATEST}), o.from_ms, o.offset_ms FROM site_utc_offsets o WHERE o.site_id = ?1
       UNION ALL SELECT ?1, coalesce(${CURSOR}, ${LATEST}), ?2, 0 WHERE NOT EXISTS (SELECT 1 FROM site_utc_offsets WHERE site_id = ?1 AND from_ms <= ?2)`,
      [site, EARLIEST],
    ],
    ['DELETE FROM site_utc_offsets WHERE site_id = ?1', [site]],
    [
      "INSERT INTO site_utc_offsets (site_id, from_ms, offset_ms) SELECT ?1, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?2)",
      [site, JSON.stringify(offsets)],
    ],
    [
      `INSERT INTO zone_recounts (site_id, zone, cursor_ms, prev_ms, bound_ms, started_at) VALUES (?1, ?2, ?3, ?3, ?3, ?4)
       ON CONFLICT (site_id) DO UPDATE SET zone = excluded.zone, cursor_ms = excluded.cursor_ms, prev_ms = excluded.prev_ms,
         bound_ms = excluded.bound_ms, started_at = excluded.started_at`,
      [site, zone, since - 1, now],
    ],
  ];
}

/**
 * One chunk of a pending recount: the next `limit` responses and links after the cursor (and any
 * others created in the same millisecond as the last) move to their new days. The last statement
 * returns the site when the recount is finished.
 */
export function recountChunkQueries(site: string, limit = RECOUNT_CHUNK, returning = true): Query[] {
  const next = (table: string) => `SELECT created_at FROM (SELECT created_at FROM ${table} WHERE site_id = ?1 AND created_at > ${CURSOR} ORDER BY created_at LIMIT ?2)`;
  const moving = (a: string, at = 'created_at') => `${a}.site_id = ?1 AND ${a}.${at} > ${CURSOR} AND ${a}.${at} <= ${BOUND}`;
  const moved = (a: string, at = 'created_at') => `${a}.site_id = ?1 AND ${a}.${at} > ${PREV} AND ${a}.${at} <= ${CURSOR}`;
  return [
    // The chunk ends at the limit-th row after the cursor, or at the end of time when fewer are left.
    [
      `UPDATE zone_recounts SET bound_ms = coalesce((${next('responses')} UNION ALL ${next('links')} ORDER BY created_at LIMIT 1 OFFSET ?2 - 1), ${LATEST})
       WHERE site_id = ?1`,
      [site, limit],
    ],
    [subtractSql(moving('r')), [site]],
    [linksSql(moving('l'), -1), [site]],
    [aspectsSql(moving('r'), -1), [site]],
    [ticketsSql(moving('t', 'solved_at'), -1), [site]],
    ['UPDATE zone_recounts SET prev_ms = cursor_ms, cursor_ms = bound_ms WHERE site_id = ?1', [site]],
    [addSql(moved('r')), [site]],
    [linksSql(moved('l'), 1), [site]],
    [aspectsSql(moved('r'), 1), [site]],
    [ticketsSql(moved('t', 'solved_at'), 1), [site]],
    [`DELETE FROM zone_recount_offsets WHERE site_id = ?1 AND upto_ms <= ${CURSOR}`, [site]],
    [
      `DELETE FROM daily_rollups WHERE site_id = ?1 AND ${CURSOR} >= ${LATEST}
         AND responses = 0 AND links_issued = 0 AND links_opened = 0 AND links_answered = 0`,
      [site],
    ],
    [`DELETE FROM aspect_rollups WHERE site_id = ?1 AND ${CURSOR} >= ${LATEST} AND ${EMPTY_ASPECT_ROWS}`, [site]],
    [`DELETE FROM zone_recounts WHERE site_id = ?1 AND cursor_ms >= ${LATEST}${returning ? ' RETURNING site_id' : ''}`, [site]],
  ];
}

/**
 * The whole change in one batch (the admin CLI, which has no time limit): start, then one chunk without
 * a limit. No RETURNING: `wrangler d1 execute --command` fails to commit a script whose statement
 * returns a row it has not read to the end (SQLITE_BUSY, "SQL statements in progress").
 */
export function zoneChangeQueries(site: string, zone: string, retentionDays: number | undefined, now: number): Query[] {
  return [...startZoneChangeQueries(site, zone, retentionDays, now), ...recountChunkQueries(site, Number.MAX_SAFE_INTEGER, false)];
}
