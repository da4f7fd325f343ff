// Date ranges of the read routes: inclusive UTC days, default the last 30, and the period of equal
// length just before (for "against the previous period").
import type { Filters } from '../../../../shared/api';
import type { RangeQuery } from '../../../../shared/schemas';
import type { Range } from '../../db/metrics';
import { ApiError } from '../../middleware/errors';

const DAY = 86400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const parse = (d: string) => Date.parse(`${d}T00:00:00Z`);

export interface Period extends Range {
  fromDay: string;
  toDay: string;
}

export function resolveRange(q: RangeQuery, now = Date.now()): { current: Period; previous: Period } {
  const to = q.to ? parse(q.to) : parse(day(now));
  const from = q.from ? parse(q.from) : to - 29 * DAY;
  if (from > to) throw new ApiError(400, 'invalid_request', '"from" is after "to"', [{ path: 'from', message: 'Must not be after "to"' }]);
  if (to - from > 3 * 366 * DAY) throw new ApiError(400, 'invalid_request', 'Ask for at most three years at a time', [{ path: 'from', message: 'Range too long' }]);
  const length = to - from + DAY;
  return {
    current: { from, to: to + DAY, fromDay: day(from), toDay: day(to) },
    previous: { from: from - length, to: from, fromDay: day(from - length), toDay: day(from - DAY) },
  };
}

export function filtersOf(q: RangeQuery): Filters {
  const f: Filters = {};
  if (q.survey) f.survey = q.survey;
  if (q.agent) f.agent = q.agent;
  if (q.channel) f.channel = q.channel;
  if (q.source) f.source = q.source;
  if (q.lang) f.lang = q.lang;
  if (q.verified) f.verified = q.verified;
  return f;
}

/** Start of every interval that overlaps the period, as the SQL groups name them. */
export function buckets(p: Period, interval: 'day' | 'week' | 'month'): string[] {
  const out: string[] = [];
  const start = new Date(p.from);
  if (interval === 'week') start.setUTCDate(start.getUTCDate() - ((start.getUTCDay() + 6) % 7));
  if (interval === 'month') start.setUTCDate(1);
  for (const d = start; d.getTime() < p.to; ) {
    out.push(day(d.getTime()));
    if (interval === 'day') d.setUTCDate(d.getUTCDate() + 1);
    else if (interval === 'week') d.setUTCDate(d.getUTCDate() + 7);
    else d.setUTCMonth(d.getUTCMonth() + 1);
  }
  return out;
}
