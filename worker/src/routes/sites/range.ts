// Date ranges of the read routes: inclusive local days of the site's time zone, default the last 30,
// and the period of equal length just before (for "against the previous period"). Days are calendar
// strings; their UTC bounds come from the zone (a day around a DST change lasts 23 or 25 hours).
import type { Filters } from '../../../../shared/api';
import type { RangeQuery } from '../../../../shared/schemas';
import { addDays, daysBetween, localDay, mondayOf, monthStart, startOfDay } from '../../../../shared/timezone';
import type { Period } from '../../db/metrics';
import { ApiError } from '../../middleware/errors';

export type { Period };

/** The period of local days `fromDay`…`toDay` (inclusive) in a zone. */
export function periodOf(zone: string, fromDay: string, toDay: string): Period {
  return { from: startOfDay(zone, fromDay), to: startOfDay(zone, addDays(toDay, 1)), fromDay, toDay };
}

export function resolveRange(q: RangeQuery, zone = 'UTC', now = Date.now()): { current: Period; previous: Period } {
  const toDay = q.to ?? localDay(zone, now);
  const fromDay = q.from ?? addDays(toDay, -29);
  if (fromDay > toDay) throw new ApiError(400, 'invalid_request', '"from" is after "to"', [{ path: 'from', message: 'Must not be after "to"' }]);
  if (daysBetween(fromDay, toDay) > 3 * 366) throw new ApiError(400, 'invalid_request', 'Ask for at most three years at a time', [{ path: 'from', message: 'Range too long' }]);
  const length = daysBetween(fromDay, toDay) + 1;
  return {
    current: periodOf(zone, fromDay, toDay),
    previous: periodOf(zone, addDays(fromDay, -length), addDays(fromDay, -1)),
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

/** Start of every interval (local day, Monday, first of the month) that overlaps the period, as the SQL groups name them. */
export function buckets(p: Period, interval: 'day' | 'week' | 'month'): string[] {
  const out: string[] = [];
  let d = interval === 'week' ? mondayOf(p.fromDay) : interval === 'month' ? monthStart(p.fromDay) : p.fromDay;
  // Compared as days, not strings: beyond year 9999 ISO days start with '+'.
  while (daysBetween(d, p.toDay) >= 0) {
    out.push(d);
    if (interval === 'day') d = addDays(d, 1);
    else if (interval === 'week') d = addDays(d, 7);
    else d = monthStart(d, 1);
  }
  return out;
}
