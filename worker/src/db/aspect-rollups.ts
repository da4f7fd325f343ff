// Per-day sums of the CES aspect ratings (migrations/0013_aspects.sql, kept by triggers on responses):
// the SQL that recounts them (a time zone change, a rebuild). Plain SQL, so the admin CLI runs it too.
import { localDaySql } from './rollups';

/** The nine sums of each aspect's JSON array, in order (0013_aspects.sql). */
export const FIELDS = ['n', 'total', 'squares', 'satN', 'satTotal', 'satSquares', 'unsatN', 'unsatTotal', 'unsatSquares'] as const;

function valueOf(d: string): string {
  return `CASE ${d} WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '')
    WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END`;
}

/** Σ over ratings `a.value` of responses `r`, one per field of FIELDS. */
const SUMS = [
  'count(*)', 'sum(a.value)', 'sum(a.value * a.value)',
  'sum(coalesce(r.csat >= 4, 0))', 'sum(coalesce(r.csat >= 4, 0) * a.value)', 'sum(coalesce(r.csat >= 4, 0) * a.value * a.value)',
  'sum(coalesce(r.csat <= 2, 0))', 'sum(coalesce(r.csat <= 2, 0) * a.value)', 'sum(coalesce(r.csat <= 2, 0) * a.value * a.value)',
];

/** The ratings that count: whole numbers 1–5 (as the triggers of 0013 take them). */
const RATED = "a.type = 'integer' AND a.value BETWEEN 1 AND 5";

/** A stored row's sums plus the incoming ones, aspect by aspect (the triggers' ON CONFLICT, too). */
export const MERGE_SUMS = `(SELECT json_group_object(k, json_array(${FIELDS.map((_, i) => `c${i}`).join(', ')})) FROM (
        SELECT g.k AS k, ${FIELDS.map((_, i) => `sum(g.v ->> ${i}) AS c${i}`).join(', ')}
          FROM (SELECT key AS k, value AS v FROM json_each(aspect_rollups.sums) UNION ALL SELECT key, value FROM json_each(excluded.sums)) g
          GROUP BY g.k))`;

/**
 * Adds (sign 1) or subtracts (sign −1) what the responses matching `where` (alias r, numbered
 * parameters) count in aspect_rollups, on their local day — the same sums as the triggers write.
 */
export function aspectsSql(where: string, sign: 1 | -1 = 1): string {
  return `INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT site_id, day, survey_id, dim, value, json_group_object(aspect, json_array(${FIELDS.map((_, i) => `c${i}`).join(', ')}))
      FROM (SELECT r.site_id, r.day, r.survey_id,
              x.grp || coalesce(char(31) || x.f1 || '=' || (${valueOf('x.f1')}), '') || coalesce(char(31) || x.f2 || '=' || (${valueOf('x.f2')}), '') AS dim,
              ${valueOf('x.grp')} AS value, a.key AS aspect, ${SUMS.map((s, i) => `${sign} * ${s} AS c${i}`).join(', ')}
            FROM (SELECT r.site_id, r.survey_id, r.agent, r.channel, r.source, r.lang, r.verified, r.csat, r.aspects,
                    ${localDaySql('r.site_id', 'r.created_at')} AS day FROM responses r WHERE (${where}) AND r.aspects IS NOT NULL LIMIT -1) r,
              json_each(r.aspects) a, rollup_cells x
            WHERE ${RATED}
            GROUP BY 1, 2, 3, 4, 5, 6)
      GROUP BY site_id, day, survey_id, dim, value
    ON CONFLICT (site_id, dim, value, day, survey_id) DO UPDATE SET sums = ${MERGE_SUMS}`;
}

/** Recomputes aspect_rollups from the raw responses (with rebuildSql). */
export function rebuildAspectsSql(): string[] {
  return ['DELETE FROM aspect_rollups', aspectsSql('true')];
}

/** Rows whose every aspect has no answers left (after a time zone change moved them). */
export const EMPTY_ASPECT_ROWS = "NOT EXISTS (SELECT 1 FROM json_each(aspect_rollups.sums) j WHERE j.value ->> 0 <> 0)";

/** The raw rows' sums per group key and aspect (reads no cell answers): the same SUMS. */
export const RAW_SUMS = { SUMS, RATED };
