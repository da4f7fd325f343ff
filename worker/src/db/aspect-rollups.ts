// Per-day sums of the CES aspect ratings (migrations/0013_aspects.sql, kept by triggers on responses):
// the SQL that recounts them (a time zone change, a rebuild). Plain SQL, so the admin CLI runs it too.
import { localDaySql } from './rollups';

export const COLUMNS = ['n', 'total', 'squares', 'sat_n', 'sat_total', 'sat_squares', 'unsat_n', 'unsat_total', 'unsat_squares'];
export const FIELDS = ['n', 'total', 'squares', 'satN', 'satTotal', 'satSquares', 'unsatN', 'unsatTotal', 'unsatSquares'] as const;

function valueOf(d: string): string {
  return `CASE ${d} WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '')
    WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END`;
}

/** Σ of each column over ratings `a.value` of responses `r` (the rollup's nine sums). */
export const SUMS = [
  'count(*)', 'sum(a.value)', 'sum(a.value * a.value)',
  'sum(coalesce(r.csat >= 4, 0))', 'sum(coalesce(r.csat >= 4, 0) * a.value)', 'sum(coalesce(r.csat >= 4, 0) * a.value * a.value)',
  'sum(coalesce(r.csat <= 2, 0))', 'sum(coalesce(r.csat <= 2, 0) * a.value)', 'sum(coalesce(r.csat <= 2, 0) * a.value * a.value)',
];

/** The ratings that count: whole numbers 1–5 (as the triggers of 0013 take them). */
export const RATED = "a.type = 'integer' AND a.value BETWEEN 1 AND 5";

/**
 * Adds (sign 1) or subtracts (sign −1) what the responses matching `where` (alias r, numbered
 * parameters) count in aspect_rollups, on their local day — the same rows as the triggers write.
 */
export function aspectsSql(where: string, sign: 1 | -1 = 1): string {
  return `INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, aspect, ${COLUMNS.join(', ')})
    SELECT r.site_id, r.day, r.survey_id,
        x.grp || coalesce(char(31) || x.f1 || '=' || (${valueOf('x.f1')}), '') || coalesce(char(31) || x.f2 || '=' || (${valueOf('x.f2')}), ''),
        ${valueOf('x.grp')}, a.key, ${SUMS.map((s) => `${sign} * ${s}`).join(', ')}
      FROM (SELECT r.site_id, r.survey_id, r.agent, r.channel, r.source, r.lang, r.verified, r.csat, r.aspects,
              ${localDaySql('r.site_id', 'r.created_at')} AS day FROM responses r WHERE (${where}) AND r.aspects IS NOT NULL LIMIT -1) r,
        json_each(r.aspects) a, rollup_cells x
      WHERE ${RATED}
      GROUP BY 1, 2, 3, 4, 5, 6
    ON CONFLICT (site_id, dim, value, day, survey_id, aspect) DO UPDATE SET ${COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
}

/** Recomputes aspect_rollups from the raw responses (with rebuildSql). */
export function rebuildAspectsSql(): string[] {
  return ['DELETE FROM aspect_rollups', aspectsSql('true')];
}
