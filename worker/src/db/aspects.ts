// Reading the CES aspect sums for the aspects and agents views: from the rollup cells
// (migrations/0013_aspects.sql), a row per day and cell value, else (filters no cell holds) the raw rows.
import type { Filters } from '../../../shared/api';
import { addAspectSums, type AspectSums } from '../../../shared/metrics/aspects';
import { addDays, mondayOf, monthStart } from '../../../shared/timezone';
import { FIELDS, RAW_SUMS } from './aspect-rollups';
import { responsesWhere, type Period, type Range } from './metrics';
import { cellFor, localDaySql } from './rollups';

const { SUMS, RATED } = RAW_SUMS;

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
  const out: AspectTally = new Map();
  const add = (k: string | null, aspect: string, s: AspectSums) => {
    if (!s.n) return; // every rating of these rows was erased or moved
    let byAspect = out.get(k);
    if (!byAspect) out.set(k, (byAspect = new Map()));
    const before = byAspect.get(aspect);
    byAspect.set(aspect, before ? addAspectSums(before, s) : s);
  };
  const toSums = (a: number[]) => Object.fromEntries(FIELDS.map((field, i) => [field, a[i] ?? 0])) as unknown as AspectSums;
  if (!plan) {
    const w = responsesWhere(site, range, f, 'r.');
    const { results } = await db
      .prepare(
        `SELECT ${RAW_KEYS[group]} AS k, a.key AS aspect, ${SUMS.map((s, i) => `${s} AS c${i}`).join(', ')}
          FROM responses r, json_each(r.aspects) a WHERE ${w.sql} AND r.aspects IS NOT NULL AND ${RATED} GROUP BY 1, 2`,
      )
      .bind(...w.params)
      .all<Record<string, number> & { k: string | null; aspect: string }>();
    for (const r of results) add(r.k, r.aspect, toSums(FIELDS.map((_, i) => r[`c${i}`]!)));
    return out;
  }
  const params: unknown[] = [site, plan.dim, ...daysOf(range)];
  let where = 'site_id = ?1 AND dim = ?2 AND day >= ?3 AND day < ?4';
  // Always a value, so the key (site, dim, value, day…) seeks: the filtered one, else per agent every
  // agent the site has seen, and '' for none.
  if (plan.value !== undefined) where += ` AND value = ?${params.push(plan.value)}`;
  else where += " AND value IN (SELECT '' UNION ALL SELECT value FROM site_values WHERE site_id = ?1 AND dim = 'agent')";
  if (f.survey !== undefined) where += ` AND survey_id = ?${params.push(f.survey)}`;
  // Each row read once, in the key's order, no sorting (which D1 counts as reading the rows again); the
  // JSON sums are added up here, days into their week or month.
  const key = group === 'agent' ? "nullif(value, '')" : 'day';
  const { results } = await db
    .prepare(`SELECT ${key} AS k, sums FROM aspect_rollups WHERE ${where}`)
    .bind(...params)
    .all<{ k: string | null; sums: string }>();
  const keyOf = group === 'agent' ? (k: string | null) => k : DAY_KEYS[group];
  for (const r of results) {
    const k = keyOf(r.k as string);
    for (const [aspect, a] of Object.entries(JSON.parse(r.sums) as Record<string, number[]>)) add(k, aspect, toSums(a));
  }
  return out;
}
