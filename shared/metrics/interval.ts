// Which trend interval to show when the person has not chosen one: the finest of day, week and month
// at which most points can be expected to have a sample of SMALL_SAMPLE answers or more.
import { SMALL_SAMPLE } from './bands';

export type Interval = 'day' | 'week' | 'month';

const DAY = 86_400_000;
const utc = (d: string) => Date.parse(`${d}T00:00:00Z`);

/** How many points a trend of from…to (YYYY-MM-DD, both included) has: weeks start on Monday. */
export function pointsIn(from: string, to: string, interval: Interval): number {
  const a = utc(from);
  const b = utc(to);
  if (!(b >= a)) return 0;
  if (interval === 'day') return Math.round((b - a) / DAY) + 1;
  if (interval === 'week') {
    const monday = (t: number) => t - ((new Date(t).getUTCDay() + 6) % 7) * DAY;
    return Math.round((monday(b) - monday(a)) / (7 * DAY)) + 1;
  }
  const [ya, ma] = [new Date(a).getUTCFullYear(), new Date(a).getUTCMonth()];
  const [yb, mb] = [new Date(b).getUTCFullYear(), new Date(b).getUTCMonth()];
  return (yb - ya) * 12 + (mb - ma) + 1;
}

/**
 * Answers arrive unevenly (weekends, Mondays): a point with 75% of the average still has SMALL_SAMPLE
 * when the average is SMALL_SAMPLE / 0.75 = 40, so "most points (≥ 75%) have n ≥ 30" is asked of
 * the average as n / points ≥ 40. When no interval reaches it, month (fewest, fullest points); and a
 * range too short for two months or weeks keeps the finer interval, so there is still a line to read.
 */
export function chooseInterval(answers: number, from: string, to: string): Interval {
  const need = SMALL_SAMPLE / 0.75;
  for (const i of ['day', 'week', 'month'] as const) {
    const points = pointsIn(from, to, i);
    if (points > 0 && answers / points >= need) return i;
  }
  if (pointsIn(from, to, 'month') >= 2) return 'month';
  if (pointsIn(from, to, 'week') >= 2) return 'week';
  return 'day';
}
