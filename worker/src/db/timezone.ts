// Changing a site's time zone (migrations/0012_timezone.sql): its offsets are replaced and its per-day
// counts moved to the new local days, all in one D1 batch (atomic: the dashboard never sees half).
// Plain SQL and parameters, so the admin CLI (scripts/admin/sites.ts) runs the very same statements.
import { EARLIEST, utcOffsets } from '../../../shared/timezone';
import { addSql, linksSql, subtractSql } from './rollups';
import { aspectsSql, EMPTY_ASPECT_ROWS } from './aspect-rollups';

const DAY = 86_400_000;

/**
 * The queries that set a site's zone: subtract what its responses and links count under the old
 * offsets, store the new offsets, add them back. With retention, only the rows since the retention
 * cutoff move (older counts have no rows left to recount; they keep the days they had).
 */
export function zoneChangeQueries(site: string, zone: string, retentionDays: number | undefined, now: number): [sql: string, params: unknown[]][] {
  const since = retentionDays ? now - retentionDays * DAY : EARLIEST;
  const responses = 'r.site_id = ?1 AND r.created_at >= ?2';
  const links = 'l.site_id = ?1 AND l.created_at >= ?2';
  const offsets = zone === 'UTC' ? [] : utcOffsets(zone);
  return [
    [subtractSql(responses), [site, since]],
    [linksSql(links, -1), [site, since]],
    [aspectsSql(responses, -1), [site, since]],
    ['DELETE FROM site_utc_offsets WHERE site_id = ?1', [site]],
    [
      "INSERT INTO site_utc_offsets (site_id, from_ms, offset_ms) SELECT ?1, json_extract(value, '$[0]'), json_extract(value, '$[1]') FROM json_each(?2)",
      [site, JSON.stringify(offsets)],
    ],
    [addSql(responses), [site, since]],
    [linksSql(links, 1), [site, since]],
    [aspectsSql(responses, 1), [site, since]],
    ['DELETE FROM daily_rollups WHERE site_id = ?1 AND responses = 0 AND links_issued = 0 AND links_opened = 0 AND links_answered = 0', [site]],
    [`DELETE FROM aspect_rollups WHERE site_id = ?1 AND ${EMPTY_ASPECT_ROWS}`, [site]],
  ];
}
