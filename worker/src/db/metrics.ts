// Reading answer counts for the dashboard: one GROUP BY over a site's responses in a date range,
// optionally per day/week/month or per agent/channel, or per source; the metric math is shared/metrics.
import type { Filters } from '../../../shared/api';
import { emptyCounts, type Counts, type LinkCounts, type SourceCounts } from '../../../shared/metrics';
import { linkCounts } from './links';
import { addDays } from '../../../shared/timezone';
import { cellFor, COUNT_COLUMNS, LINK_COLUMNS, localDaySql } from './rollups';

export interface Range {
  /** Inclusive, ms. */
  from: number;
  /** Exclusive, ms. */
  to: number;
}

/** A range of whole local days of the site's zone (routes/sites/range.ts), inclusive. */
export interface Period extends Range {
  fromDay: string;
  toDay: string;
}

export interface Where {
  sql: string;
  params: unknown[];
}

/** The WHERE of a site, range and filters, with numbered parameters. */
export function responsesWhere(site: string, range: Range, f: Filters, alias = ''): Where {
  const col = (name: string) => `${alias}${name}`;
  const params: unknown[] = [site, range.from, range.to];
  const clauses = [`${col('site_id')} = ?1`, `${col('created_at')} >= ?2`, `${col('created_at')} < ?3`];
  const add = (column: string, value: string | undefined) => {
    if (value === undefined) return;
    params.push(value);
    clauses.push(`${col(column)} = ?${params.length}`);
  };
  add('survey_id', f.survey);
  add('agent', f.agent);
  add('channel', f.channel);
  add('source', f.source);
  add('lang', f.lang);
  if (f.verified !== undefined) {
    params.push(Number(f.verified));
    clauses.push(`${col('verified')} = ?${params.length}`);
  }
  return { sql: clauses.join(' AND '), params };
}

const LOCAL_DAY = localDaySql('site_id', 'created_at');

/** Keys the counts can be grouped by; fixed SQL, never request text. Days are local to the site's zone. */
export const GROUPS = {
  all: 'NULL',
  day: LOCAL_DAY,
  // Monday of the week: the next Sunday (or today if Sunday), then six days back.
  week: `date(${LOCAL_DAY}, 'weekday 0', '-6 days')`,
  month: `strftime('%Y-%m-01', ${LOCAL_DAY})`,
  agent: 'agent',
  channel: 'channel',
} as const;

export async function countsBy(
  db: D1Database,
  where: Where,
  group: keyof typeof GROUPS,
): Promise<Map<string | null, Counts>> {
  const { results } = await db
    .prepare(
      `SELECT ${GROUPS[group]} AS k, nps, csat, ces, count(*) AS n FROM responses
        WHERE ${where.sql} GROUP BY k, nps, csat, ces`,
    )
    .bind(...where.params)
    .all<{ k: string | null; nps: number | null; csat: number | null; ces: number | null; n: number }>();
  const out = new Map<string | null, Counts>();
  for (const r of results) {
    let c = out.get(r.k);
    if (!c) out.set(r.k, (c = emptyCounts()));
    c.responses += r.n;
    if (r.nps !== null) c.nps[r.nps]! += r.n;
    if (r.csat !== null) c.csat[r.csat - 1]! += r.n;
    if (r.ces !== null) c.ces[r.ces - 1]! += r.n;
  }
  return out;
}

const ROLLUP_GROUPS = {
  all: 'NULL',
  day: 'day',
  week: "date(day, 'weekday 0', '-6 days')",
  month: "strftime('%Y-%m-01', day)",
  agent: "nullif(value, '')",
  channel: "nullif(value, '')",
} as const;

/** Which rollup rows answer this question, or null when only the raw rows can (see cellFor). */
export function rollupPlan(f: Filters, group: keyof typeof GROUPS): { dim: string; value?: string } | null {
  return cellFor(f, group === 'agent' || group === 'channel' ? group : 'all');
}

/** The rollup days of a range, the last exclusive: its local days when it has them, else UTC days. */
function daysOf(range: Range | Period): [string, string] {
  if ('fromDay' in range) return [range.fromDay, addDays(range.toDay, 1)];
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [day(range.from), day(range.to)];
}

/** Answer counts per key, and the email links issued, opened and answered in the range (all keys together). */
export interface Tally {
  counts: Map<string | null, Counts>;
  links: LinkCounts;
}

/**
 * Counts for a site, range and filters: from the per-day rollup cells — a few rows per day whatever
 * the number of responses — else (filters no cell holds) from the raw rows.
 */
export async function readTally(
  db: D1Database,
  site: string,
  range: Range | Period,
  f: Filters,
  group: keyof typeof GROUPS,
): Promise<Tally> {
  const plan = rollupPlan(f, group);
  if (!plan) {
    const none = { issued: 0, opened: 0, answered: 0 };
    const [counts, links] = await Promise.all([
      countsBy(db, responsesWhere(site, range, f), group),
      group === 'all' ? linkCounts(db, site, range.from, range.to, f).then(({ issued, opened, answered }) => ({ issued, opened, answered })) : none,
    ]);
    return { counts, links };
  }
  const params: unknown[] = [site, plan.dim, ...daysOf(range)];
  let where = 'site_id = ?1 AND dim = ?2 AND day >= ?3 AND day < ?4';
  if (plan.value !== undefined) {
    params.push(plan.value);
    where += ` AND value = ?${params.length}`;
  }
  if (f.survey !== undefined) {
    params.push(f.survey);
    where += ` AND survey_id = ?${params.length}`;
  }
  const key = ROLLUP_GROUPS[group as keyof typeof ROLLUP_GROUPS];
  const { results } = await db
    .prepare(`SELECT ${key} AS k, ${[...COUNT_COLUMNS, ...LINK_COLUMNS].map((c) => `sum(${c}) AS ${c}`).join(', ')} FROM daily_rollups WHERE ${where} GROUP BY k`)
    .bind(...params)
    .all<Record<string, number> & { k: string | null }>();
  const out: Tally = { counts: new Map(), links: { issued: 0, opened: 0, answered: 0 } };
  for (const r of results) {
    out.links.issued += r.links_issued!;
    out.links.opened += r.links_opened!;
    out.links.answered += r.links_answered!;
    if (!r.responses) continue; // no answers (only links), or every answer of the rows it summed was erased or moved
    out.counts.set(r.k, {
      responses: r.responses,
      nps: Array.from({ length: 11 }, (_, i) => r[`nps_${i}`]!),
      csat: Array.from({ length: 5 }, (_, i) => r[`csat_${i + 1}`]!),
      ces: Array.from({ length: 5 }, (_, i) => r[`ces_${i + 1}`]!),
    });
  }
  return out;
}

/**
 * The answers of a site, range and filters per source, given their total (from readTally): source is
 * never null, so only the email answers are read — one more filter, so a cell of the rollups, a few
 * rows per day, and fewer than the widget's (most answers come from the widget, so its cells fill up
 * more) — and the widget's are the rest. A source filter needs no read at all.
 */
export async function answersBySource(db: D1Database, site: string, range: Range | Period, f: Filters, total: number): Promise<SourceCounts> {
  if (f.source === 'widget') return { widget: total, email: 0 };
  if (f.source === 'email') return { widget: 0, email: total };
  const plan = rollupPlan({ ...f, source: 'email' }, 'all');
  let email: number;
  if (!plan) {
    const where = responsesWhere(site, range, { ...f, source: 'email' });
    email = (await db.prepare(`SELECT count(*) AS n FROM responses WHERE ${where.sql}`).bind(...where.params).first<{ n: number }>())!.n;
  } else {
    const row = await db
      .prepare(
        `SELECT coalesce(sum(responses), 0) AS n FROM daily_rollups
          WHERE site_id = ?1 AND dim = ?2 AND day >= ?3 AND day < ?4 AND value = ?5 AND (?6 IS NULL OR survey_id = ?6)`,
      )
      .bind(site, plan.dim, ...daysOf(range), plan.value ?? '', f.survey ?? null)
      .first<{ n: number }>();
    email = row!.n;
  }
  return { widget: total - email, email };
}
