// Per-day sums of the CES aspect ratings (migrations/0013_aspects.sql, kept by triggers on responses):
// the SQL that recounts them (a time zone change, a rebuild) and the reads of the aspects and agents
// views — from the rollup cells, a few rows per day and aspect, else (filters no cell holds) the raw rows.
import type { Filters } from '../../../shared/api';
import { emptyAspectSums, type AspectSums } from '../../../shared/metrics/aspects';
import { addDays } from '../../../shared/timezone';
import type { Period, Range } from './metrics';
import { responsesWhere } from './metrics';
import { cellFor, localDaySql } from './rollups';

const COLUMNS = ['n', 'total', 'squares', 'sat_n', 'sat_total', 'sat_squares', 'unsat_n', 'unsat_total', 'unsat_squares'];
const FIELDS = ['n', 'total', 'squares', 'satN', 'satTotal', 'satSquares', 'unsatN', 'unsatTotal', 'unsatSquares'] as const;

function valueOf(d: string): string {
  return `CASE ${d} WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '')
    WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END`;
}

/** Σ of each column over ratings `a.value` of responses `r` (the rollup's nine sums). */
const SUMS = [
  'count(*)', 'sum(a.value)', 'sum(a.value * a.value)',
  'sum(coalesce(r.csat >= 4, 0))', 'sum(coalesce(r.csat >= 4, 0) * a.value)', 'sum(coalesce(r.csat >= 4, 0) * a.value * a.value)',
  'sum(coalesce(r.csat <= 2, 0))', 'sum(coalesce(r.csat <= 2, 0) * a.value)', 'sum(coalesce(r.csat <= 2, 0) * a.value * a.value)',
];

/** The ratings that count: whole numbers 1–5 (as the triggers of 0013 take them). */
const RATED = "a.type = 'integer' AND a.value BETWEEN 1 AND 5";

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
    ON CONFLICT (site_id, dim, day, survey_id, value, aspect) DO UPDATE SET ${COLUMNS.map((c) => `${c} = ${c} + excluded.${c}`).join(', ')}`;
}

/** Recomputes aspect_rollups from the raw responses (with rebuildSql). */
export function rebuildAspectsSql(): string[] {
  return ['DELETE FROM aspect_rollups', aspectsSql('true')];
}

/** Keys the aspect sums can be grouped by; fixed SQL, never request text. */
const ROLLUP_KEYS = {
  all: 'NULL',
  day: 'day',
  week: "date(day, 'weekday 0', '-6 days')",
  month: "strftime('%Y-%m-01', day)",
  agent: "nullif(value, '')",
} as const;
export type AspectGroup = keyof typeof ROLLUP_KEYS;

const LOCAL_DAY = localDaySql('r.site_id', 'r.created_at');
const RAW_KEYS: Record<AspectGroup, string> = {
  all: 'NULL',
  day: LOCAL_DAY,
  week: `date(${LOCAL_DAY}, 'weekday 0', '-6 days')`,
  month: `strftime('%Y-%m-01', ${LOCAL_DAY})`,
  agent: 'r.agent',
};

/** Sums per group key, then per aspect. */
export type AspectTally = Map<string | null, Map<string, AspectSums>>;

function daysOf(range: Range | Period): [string, string] {
  if ('fromDay' in range) return [range.fromDay, addDays(range.toDay, 1)];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(range.from), day(range.to)];
}

/** The aspect sums of a site, range and filters, per group and aspect. */
export async function readAspects(db: D1Database, site: string, range: Range | Period, f: Filters, group: AspectGroup): Promise<AspectTally> {
  const plan = cellFor(f, group === 'agent' ? 'agent' : 'all');
  let sql: string;
  let params: unknown[];
  if (plan) {
    params = [site, plan.dim, ...daysOf(range)];
    let where = 'site_id = ?1 AND dim = ?2 AND day >= ?3 AND day < ?4';
    if (plan.value !== undefined) where += ` AND value = ?${params.push(plan.value)}`;
    if (f.survey !== undefined) where += ` AND survey_id = ?${params.push(f.survey)}`;
    sql = `SELECT ${ROLLUP_KEYS[group]} AS k, aspect, ${COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM aspect_rollups WHERE ${where} GROUP BY k, aspect`;
  } else {
    const w = responsesWhere(site, range, f, 'r.');
    params = w.params;
    sql = `SELECT ${RAW_KEYS[group]} AS k, a.key AS aspect, ${SUMS.map((s, i) => `${s} AS ${COLUMNS[i]}`).join(', ')}
      FROM responses r, json_each(r.aspects) a WHERE ${w.sql} AND r.aspects IS NOT NULL AND ${RATED} GROUP BY 1, 2`;
  }
  const { results } = await db.prepare(sql).bind(...params).all<Record<string, number> & { k: string | null; aspect: string }>();
  const out: AspectTally = new Map();
  for (const r of results) {
    if (!r.n) continue; // every rating of these rows was erased or moved
    let byAspect = out.get(r.k);
    if (!byAspect) out.set(r.k, (byAspect = new Map()));
    const s = emptyAspectSums();
    FIELDS.forEach((field, i) => (s[field] = r[COLUMNS[i]!]!));
    byAspect.set(r.aspect, s);
  }
  return out;
}
