// Per-day rollups of answer counts (migrations/0004, 0005): the SQL that keeps them equal to the rows of
// `responses` (subtract what rows contributed, change the rows, add back what they contribute, all in
// one D1 batch) and reads them. The raw rows stay the source of truth: rebuildSql() recomputes all.

const NPS = Array.from({ length: 11 }, (_, i) => `nps_${i}`);
const CSAT = Array.from({ length: 5 }, (_, i) => `csat_${i + 1}`);
const CES = Array.from({ length: 5 }, (_, i) => `ces_${i + 1}`);
export const COUNT_COLUMNS = ['responses', ...NPS, ...CSAT, ...CES];

// A VALUES list, not UNION ALL: D1 allows at most 5 terms in a compound SELECT.
const DIMS = "(SELECT column1 AS dim FROM (VALUES ('all'), ('agent'), ('channel'), ('source'), ('lang'), ('verified')))";
const VALUE = `CASE x.dim WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '')
  WHEN 'source' THEN r.source WHEN 'verified' THEN CAST(r.verified AS TEXT) ELSE coalesce(r.lang, '') END`;
const SUMS = [
  'count(*) AS responses',
  ...NPS.map((c, i) => `sum(r.nps IS ${i}) AS ${c}`),
  ...CSAT.map((c, i) => `sum(r.csat IS ${i + 1}) AS ${c}`),
  ...CES.map((c, i) => `sum(r.ces IS ${i + 1}) AS ${c}`),
].join(', ');

/** What the responses matching `where` (alias r, numbered parameters) contribute, per rollup row. */
function contributions(where: string): string {
  return `SELECT r.site_id, strftime('%Y-%m-%d', r.created_at / 1000, 'unixepoch') AS day, r.survey_id, x.dim, ${VALUE} AS value, ${SUMS}
    FROM responses r, ${DIMS} x WHERE ${where} GROUP BY 1, 2, 3, 4, 5`;
}

const KEY = 'd.site_id = g.site_id AND d.dim = g.dim AND d.day = g.day AND d.survey_id = g.survey_id AND d.value = g.value';

export function subtractSql(where: string): string {
  return `UPDATE daily_rollups AS d SET ${COUNT_COLUMNS.map((c) => `${c} = d.${c} - g.${c}`).join(', ')}
    FROM (${contributions(where)}) AS g WHERE ${KEY}`;
}

export function addSql(where: string): string {
  return `INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, ${COUNT_COLUMNS.join(', ')})
    SELECT * FROM (${contributions(where)}) WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET ${COUNT_COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
}

/** Recomputes every rollup from the raw responses (`npm run admin -- rollups rebuild`). */
export function rebuildSql(): string[] {
  return ['DELETE FROM daily_rollups', addSql('true')];
}
