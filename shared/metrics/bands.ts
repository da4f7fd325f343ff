// 95% bands around one trend point's NPS, CSAT % and CES mean, and what counts as a small sample, so a
// chart can show how sure each point is instead of drawing a day of 2 answers like a day of 56.
import type { CesResult } from './ces';
import type { CsatResult } from './csat';
import { cesMargin } from './margins';
import type { NpsResult } from './nps';

/** Below this many answers a point or a period is called a small sample (the usual rule of thumb). */
export const SMALL_SAMPLE = 30;

export const isSmall = (n: number): boolean => n < SMALL_SAMPLE;

export interface Band {
  value: number;
  low: number;
  high: number;
  n: number;
  small: boolean;
}

const clamp = (x: number, min: number, max: number) => Math.min(max, Math.max(min, x));

function band(value: number, low: number, high: number, n: number, min: number, max: number): Band {
  return { value, low: clamp(low, min, max), high: clamp(high, min, max), n, small: isSmall(n) };
}

/** NPS ± SPEC.md's margin, 196 × sqrt((p + d − (p − d)²) / n), kept within −100…100. */
export function npsBand(r: NpsResult | null): Band | null {
  if (!r || r.n === 0) return null;
  return band(r.score, r.score - r.margin95, r.score + r.margin95, r.n, -100, 100);
}

/**
 * The Wilson score interval of a share part / whole, in percent. Chosen over the normal approximation
 * (p ± 1.96·sqrt(p(1 − p)/n)) because that one collapses to zero width at 0% and 100%: 2 of 2 satisfied
 * would read "100% ± 0". Wilson gives 34–100% there. https://doi.org/10.2307/2276774
 */
export function wilson(part: number, whole: number, z = 1.96): { low: number; high: number } | null {
  if (whole <= 0) return null;
  const p = part / whole;
  const z2 = z * z;
  const centre = (p + z2 / (2 * whole)) / (1 + z2 / whole);
  const half = (z / (1 + z2 / whole)) * Math.sqrt((p * (1 - p)) / whole + z2 / (4 * whole * whole));
  return { low: 100 * Math.max(0, centre - half), high: 100 * Math.min(1, centre + half) };
}

/** CSAT % with its Wilson 95% interval. */
export function csatBand(r: CsatResult | null): Band | null {
  if (!r || r.n === 0) return null;
  const w = wilson(r.satisfied, r.n)!;
  return band(r.percent, w.low, w.high, r.n, 0, 100);
}

/**
 * CES mean ± 1.96 · sd / √n (sd of the 1–5 distribution the point carries), kept within 1…5.
 * With one answer, or all answers equal, sd is 0 and the band has no width: such points are small
 * samples or unanimous, and the small-sample marking is what warns.
 */
export function cesBand(r: CesResult | null): Band | null {
  if (!r || r.n === 0) return null;
  const m = cesMargin(r);
  return band(r.mean, r.mean - m, r.mean + m, r.n, 1, 5);
}
