// 95% margins of error for CSAT %, the CES mean and link rates (NPS brings its own from the API), so a change
// between two periods is only called a change when it is larger than the noise.
import type { CesResult } from './ces';
import type { CsatResult } from './csat';

/** ± percentage points of a share part / whole: 196 × sqrt(p(1 − p) / n), as SPEC.md's NPS margin does it. */
export function proportionMargin(part: number, whole: number): number {
  if (whole === 0) return 0;
  const p = part / whole;
  return 196 * Math.sqrt((p * (1 - p)) / whole);
}

/** ± percentage points of CSAT %. */
export function csatMargin(c: CsatResult | null): number {
  return c ? proportionMargin(c.satisfied, c.n) : 0;
}

/** ± of the CES mean: 1.96 × the standard error of the mean of the 1–5 distribution. */
export function cesMargin(c: CesResult | null): number {
  if (!c || c.n === 0) return 0;
  const variance = c.distribution.reduce((acc, count, i) => acc + count * (i + 1 - c.mean) ** 2, 0) / c.n;
  return 1.96 * Math.sqrt(variance / c.n);
}

/** The 95% margin of the difference of two independent estimates with these margins. */
export function differenceMargin(a: number, b: number): number {
  return Math.sqrt(a ** 2 + b ** 2);
}
