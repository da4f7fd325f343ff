// "Against the previous period", decided once: a difference in points (NPS points, CSAT percentage
// points, CES) with the combined 95% margin, called a change only beyond that margin and only when
// both periods have SMALL_SAMPLE answers or more. Never a percentage change from a tiny base.
import { isSmall } from './bands';
import type { CesResult } from './ces';
import type { CsatResult } from './csat';
import { cesMargin, differenceMargin, proportionMargin } from './margins';
import type { NpsResult } from './nps';

/** One period's value, its sample size and its 95% margin (± in the value's own unit). */
export interface Side {
  value: number | null;
  n: number;
  margin: number;
}

export type Comparison =
  | { kind: 'no-data'; side: 'now' | 'before' }
  | { kind: 'too-few'; side: 'now' | 'before' | 'both'; nNow: number; nBefore: number }
  | { kind: 'within'; delta: number; margin: number }
  | { kind: 'change'; delta: number; margin: number; better: boolean };

export function compareMetric(now: Side, before: Side, lowerIsBetter = false): Comparison {
  if (now.value === null || now.n === 0) return { kind: 'no-data', side: 'now' };
  if (before.value === null || before.n === 0) return { kind: 'no-data', side: 'before' };
  const fewNow = isSmall(now.n);
  const fewBefore = isSmall(before.n);
  if (fewNow || fewBefore) {
    return { kind: 'too-few', side: fewNow && fewBefore ? 'both' : fewNow ? 'now' : 'before', nNow: now.n, nBefore: before.n };
  }
  const delta = now.value - before.value;
  const margin = differenceMargin(now.margin, before.margin);
  if (Math.abs(delta) <= margin) return { kind: 'within', delta, margin };
  return { kind: 'change', delta, margin, better: lowerIsBetter ? delta < 0 : delta > 0 };
}

export const npsSide = (r: NpsResult | null): Side => ({ value: r?.score ?? null, n: r?.n ?? 0, margin: r?.margin95 ?? 0 });
export const csatSide = (r: CsatResult | null): Side => ({
  value: r?.percent ?? null,
  n: r?.n ?? 0,
  margin: r ? proportionMargin(r.satisfied, r.n) : 0,
});
export const cesSide = (r: CesResult | null): Side => ({ value: r?.mean ?? null, n: r?.n ?? 0, margin: cesMargin(r) });
/** A rate part / whole in percent (e.g. email links answered / issued). */
export const shareSide = (part: number, whole: number): Side => ({
  value: whole ? (100 * part) / whole : null,
  n: whole,
  margin: proportionMargin(part, whole),
});

/** A count against the previous one: the difference, and a percentage only from a base of SMALL_SAMPLE or more. */
export function countChange(now: number, before: number): { delta: number; percent: number | null } {
  return { delta: now - before, percent: isSmall(before) ? null : (100 * (now - before)) / before };
}
