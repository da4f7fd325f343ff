// Reading the CES aspect sums for the aspects and agents views: from the rollup cells
// (migrations/0013_aspects.sql), a few rows per day and aspect, else (filters no cell holds) the raw rows.
import type { Filters } from '../../../shared/api';
import { addAspectSums, emptyAspectSums, type AspectSums } from '../../../shared/metrics/aspects';
import { addDays, mondayOf, monthStart } from '../../../shared/timezone';
import { COLUMNS, FIELDS, RATED, SUMS } from './aspect-rollups';
import { responsesWhere, type Period, type Range } from './metrics';
import { cellFor, localDaySql } from './rollups';

export type AspectGroup = 'all' | 'day' | 'week' | 'month' | 'agent';

/** A rollup day's group: itself, its Monday, its month's first day, or none (the whole range). */
const DAY_KEYS: Record<Exclude<AspectGroup, 'agent'>, (day: string) => string | null> = {
  all: () => null,
  day: (d) => d,
  week: (d) => mondayOf(d),
  month: (d) => monthStart(d),
};

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
    // Always a value, so the key (site, dim, value, day…) seeks: the filtered one, else per agent every
    // agent the site has seen, and '' for none.
    if (plan.value !== undefined) where += ` AND value = ?${params.push(plan.value)}`;
    else where += " AND value IN (SELECT '' UNION ALL SELECT value FROM site_values WHERE site_id = ?1 AND dim = 'agent')";
    if (f.survey !== undefined) where += ` AND survey_id = ?${params.push(f.survey)}`;
    const sums = COLUMNS.map((c) => `sum(${c}) AS ${c}`).join(', ');
    // Grouped in the key's own order (value, day, survey, aspect) where it can be: SQLite then sums as
    // it reads instead of sorting every row first (which D1 counts as reading them twice); days go to
    // their week or month below. Per agent the rows are grouped by value and aspect, sorted.
    sql = group === 'agent'
      ? `SELECT nullif(value, '') AS k, aspect, ${sums} FROM aspect_rollups WHERE ${where} GROUP BY value, aspect`
      : `SELECT day AS k, aspect, ${sums} FROM aspect_rollups WHERE ${where} GROUP BY day, survey_id, aspect`;
  } else {
    const w = responsesWhere(site, range, f, 'r.');
    params = w.params;
    sql = `SELECT ${RAW_KEYS[group]} AS k, a.key AS aspect, ${SUMS.map((s, i) => `${s} AS ${COLUMNS[i]}`).join(', ')}
      FROM responses r, json_each(r.aspects) a WHERE ${w.sql} AND r.aspects IS NOT NULL AND ${RATED} GROUP BY 1, 2`;
  }
  const { results } = await db.prepare(sql).bind(...params).all<Record<string, number> & { k: string | null; aspect: string }>();
  const out: AspectTally = new Map();
  const keyOf = plan && group !== 'agent' ? DAY_KEYS[group] : (k: string | null) => k;
  for (const r of results) {
    if (!r.n) continue; // every rating of these rows was erased or moved
    const k = keyOf(r.k as string);
    let byAspect = out.get(k);
    if (!byAspect) out.set(k, (byAspect = new Map()));
    const s = emptyAspectSums();
    FIELDS.forEach((field, i) => (s[field] = r[COLUMNS[i]!]!));
    const before = byAspect.get(r.aspect);
    byAspect.set(r.aspect, before ? addAspectSums(before, s) : s);
  }
  return out;
}
