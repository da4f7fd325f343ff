// The follow-up inbox (issues #5, #12): pages of unhappy answers with their state, filtered by range,
// the dashboard's filters, reason, comment and owner; and counts per status and per reason. Reads stay
// bounded (issue #11): new items come from the index of unhappy answers (at most SCAN candidates a
// page, lists.ts), and their count stops after COUNT_CAP candidates ("1,000+"); contacted and resolved
// items come from the followups table, so they cost what the team has handled.
import * as v from 'valibot';
import type { Filters, FollowUp, FollowUpCounts, FollowUpReason, FollowUpStatus, InboxCount } from '../../../shared/api';
import { DEFAULT_SURVEY } from '../../../shared/demo';
import { followUpPrompt, resolveSurvey, type ResolvedSurvey } from '../../../shared/i18n';
import { SurveyDefinition } from '../../../shared/schemas';
import { FOLLOWUP_COLUMNS, followUpSelect, REASON_SQL, toFollowUp, UNHAPPY, type FollowUpRow, type Row } from './browse';
import { byTime, encodeListCursor, scan, stretch, takeFrom, type Candidate, type ListCursor, type Page, type Source } from './lists';
import { responsesWhere, type Range } from './metrics';

/** Unhappy answers the count of new items looks at, newest first. */
export const COUNT_CAP = 1000;

export interface InboxFilter extends Filters {
  reason?: FollowUpReason;
  withComment?: boolean;
  /** Owned by this user id ("assigned to me"). */
  owner?: string;
}

/** What an item must pass besides site, range and Filters (aliases r and f); pushes its parameters. */
function extra(fl: InboxFilter, params: unknown[], withReason = true): string {
  const out: string[] = [];
  if (withReason && fl.reason) out.push(REASON_SQL[fl.reason]);
  if (fl.withComment) out.push('r.comment IS NOT NULL');
  if (fl.owner !== undefined) {
    params.push(fl.owner);
    out.push(`f.owner = ?${params.length}`);
  }
  return out.map((c) => ` AND ${c}`).join('');
}

// Contacted and resolved items from their own table (CROSS JOIN: followups is the outer loop).
const HANDLED_FROM = 'followups f INDEXED BY followups_by_site_status CROSS JOIN responses r ON r.id = f.response_id';

/** A page of the inbox, newest first; `status` undefined: every status. */
export async function followUpPage(
  db: D1Database,
  site: string,
  range: Range,
  fl: InboxFilter,
  status: FollowUpStatus | undefined,
  cursor: ListCursor | null,
  limit: number,
  question?: (r: Row) => string | null,
): Promise<Page<FollowUp>> {
  const keyset = cursor && 'at' in cursor ? cursor : null;
  const show = (rows: FollowUpRow[]) => rows.map((r) => toFollowUp(r, question));
  if (status === 'contacted' || status === 'resolved') {
    const where = responsesWhere(site, range, fl, 'r.');
    const p = [...where.params, status];
    let sql = `f.site_id = ?1 AND f.status = ?${p.length} AND ${where.sql} AND ${UNHAPPY}${extra(fl, p)}`;
    if (keyset) {
      p.push(keyset.at, keyset.id);
      sql += ` AND (r.created_at, r.id) < (?${p.length - 1}, ?${p.length})`;
    }
    const { results } = await db
      .prepare(`SELECT ${FOLLOWUP_COLUMNS} FROM ${HANDLED_FROM} WHERE ${sql} ORDER BY r.created_at DESC, r.id DESC LIMIT ${limit + 1}`)
      .bind(...p)
      .all<FollowUpRow>();
    const next = results.length > limit ? encodeListCursor({ at: results[limit - 1]!.created_at, id: results[limit - 1]!.id }) : null;
    return { items: show(results.slice(0, limit)), next };
  }
  const src: Source = {
    index: 'responses_unhappy',
    upTo: (at) => {
      const w = responsesWhere(site, { from: range.from, to: at === null ? range.to : Math.min(range.to, at + 1) }, {}, 'r.');
      return { sql: `${w.sql} AND ${UNHAPPY}`, params: w.params };
    },
  };
  const keep = async (found: Candidate[]) => {
    // The candidates' stretch of time is the range here, so the index is read over it alone.
    const where = responsesWhere(site, { from: found.at(-1)!.at, to: found[0]!.at + 1 }, fl, 'r.');
    const p = [...where.params];
    const sql = `${followUpSelect(`responses r INDEXED BY ${src.index}`)} WHERE ${where.sql} AND ${UNHAPPY}${extra(fl, p)} AND ${stretch(found, p)}
      ${status === 'new' ? "AND coalesce(f.status, 'new') = 'new'" : ''} ORDER BY r.created_at DESC, r.id DESC`;
    return (await db.prepare(sql).bind(...p).all<FollowUpRow>()).results;
  };
  const page = await scan(limit, keyset, takeFrom(db, src), keep, byTime);
  return { items: show(page.items), next: page.next };
}

interface ReasonSums {
  detractor: number;
  low_csat: number;
  high_effort: number;
}

const REASON_SUMS = (ok: string) =>
  `coalesce(sum(${ok} AND nps <= 6), 0) AS detractor, coalesce(sum(${ok} AND csat <= 2), 0) AS low_csat, coalesce(sum(${ok} AND ces >= 4), 0) AS high_effort`;

/**
 * Items per status for the filter (with its reason), and per reason for the filter and `status`.
 * New items: the newest COUNT_CAP + 1 unhappy answers of the range, each tested against the filters in
 * the select list (in the WHERE, the LIMIT would count matches and the scan would have no bound); past
 * the cap a count says "at least". Contacted and resolved: exact, from the followups table.
 */
export async function followUpCounts(db: D1Database, site: string, range: Range, fl: InboxFilter, status: FollowUpStatus | undefined): Promise<FollowUpCounts> {
  const base = responsesWhere(site, range, {}, 'r.'); // ?1 site, ?2 from, ?3 to: the same in `where`
  const where = responsesWhere(site, range, fl, 'r.');
  const pNew = [...where.params];
  const ok = `(${where.sql}${extra(fl, pNew, false)})`;
  const why = fl.reason ? REASON_SQL[fl.reason] : '1';
  const fresh = db
    .prepare(
      `SELECT count(*) AS scanned, coalesce(sum(ok AND why), 0) AS n, ${REASON_SUMS('ok')}
         FROM (SELECT r.nps AS nps, r.csat AS csat, r.ces AS ces, ${ok} AS ok, ${why} AS why
                 FROM responses r INDEXED BY responses_unhappy LEFT JOIN followups f ON f.response_id = r.id
                WHERE ${base.sql} AND ${UNHAPPY} AND coalesce(f.status, 'new') = 'new'
                ORDER BY r.created_at DESC, r.id DESC LIMIT ${COUNT_CAP + 1})`,
    )
    .bind(...pNew);
  const pHandled = [...where.params];
  const handled = db
    .prepare(
      `SELECT st, coalesce(sum(why), 0) AS n, ${REASON_SUMS('1')}
         FROM (SELECT f.status AS st, r.nps AS nps, r.csat AS csat, r.ces AS ces, ${why} AS why FROM ${HANDLED_FROM}
                WHERE f.site_id = ?1 AND f.status IN ('contacted', 'resolved') AND ${where.sql} AND ${UNHAPPY}${extra(fl, pHandled, false)})
        GROUP BY st`,
    )
    .bind(...pHandled);
  const [a, b] = await db.batch<Record<string, number | string>>([fresh, handled]);
  const n = a!.results[0] as unknown as ReasonSums & { scanned: number; n: number };
  const more = n.scanned > COUNT_CAP;
  const by = new Map((b!.results as unknown as (ReasonSums & { st: FollowUpStatus; n: number })[]).map((r) => [r.st, r]));
  // Past the cap, "at least COUNT_CAP" (the scan took one more to know there are more).
  const count = (x: number, m = false): InboxCount => ({ n: m ? Math.min(x, COUNT_CAP) : x, more: m });
  const zero: ReasonSums = { detractor: 0, low_csat: 0, high_effort: 0 };
  // The reasons of the status shown (of every status without one); new items' sums may have stopped at the cap.
  const shown: ReasonSums[] = [];
  if (status === undefined || status === 'new') shown.push(n);
  for (const s of ['contacted', 'resolved'] as const) if (status === undefined || status === s) shown.push(by.get(s) ?? zero);
  const capped = more && (status === undefined || status === 'new');
  const reason = (k: keyof ReasonSums) => count(shown.reduce((t, r) => t + r[k], 0), capped);
  return {
    status: { new: count(n.n, more), contacted: count(by.get('contacted')?.n ?? 0), resolved: count(by.get('resolved')?.n ?? 0) },
    reasons: { detractor: reason('detractor'), 'low-csat': reason('low_csat'), 'high-effort': reason('high_effort') },
  };
}

/** The follow-up prompt each comment answered, in English (the dashboard's language), per survey of the site. */
export async function questionsOf(db: D1Database, site: string): Promise<(r: Row) => string> {
  const { results } = await db.prepare('SELECT id, definition FROM surveys WHERE site_id = ?1').bind(site).all<{ id: string; definition: string }>();
  const surveys = new Map<string, ResolvedSurvey>();
  for (const s of results) {
    const def = v.safeParse(SurveyDefinition, JSON.parse(s.definition));
    if (def.success) surveys.set(s.id, resolveSurvey(def.output, 'en'));
  }
  // A survey removed since (or unreadable): the default survey's wording, the questions every site starts with.
  const fallback = resolveSurvey(DEFAULT_SURVEY, 'en');
  return (r) => followUpPrompt(surveys.get(r.survey_id) ?? fallback, r);
}
