// CES aspect ratings (courtesy, competence, speed…, 1–5): means with their 95% margin, and the aspect that
// most separates satisfied from unsatisfied customers, all from the sums the per-day rollups keep
// (migrations/0013_aspects.sql): n, Σx and Σx², overall and for CSAT 4–5 and CSAT 1–2 answers.
import { isSmall } from './bands';
import type { Side } from './compare';
import { differenceMargin } from './margins';

/** The sums of one aspect's ratings: all of them, those of satisfied (CSAT ≥ 4) and unsatisfied (CSAT ≤ 2) customers. */
export interface AspectSums {
  n: number;
  total: number;
  squares: number;
  satN: number;
  satTotal: number;
  satSquares: number;
  unsatN: number;
  unsatTotal: number;
  unsatSquares: number;
}

export const AspectFields = ['n', 'total', 'squares', 'satN', 'satTotal', 'satSquares', 'unsatN', 'unsatTotal', 'unsatSquares'] as const;

export function emptyAspectSums(): AspectSums {
  return { n: 0, total: 0, squares: 0, satN: 0, satTotal: 0, satSquares: 0, unsatN: 0, unsatTotal: 0, unsatSquares: 0 };
}

/** a + sign × b, field by field (sign −1: the rest of a team without one agent). */
export function addAspectSums(a: AspectSums, b: AspectSums, sign: 1 | -1 = 1): AspectSums {
  const out = emptyAspectSums();
  for (const f of AspectFields) out[f] = a[f] + sign * b[f];
  return out;
}

/** A mean with its 95% margin; mean null without answers. */
export interface Mean {
  n: number;
  mean: number | null;
  margin95: number;
  /** Fewer than SMALL_SAMPLE answers. */
  small: boolean;
}

/**
 * The mean of n ratings from their sum and sum of squares, ± 1.96 · sd / √n. The sd is the population
 * one (Σx²/n − mean²), as cesMargin computes the CES's, so the CES and its aspects read alike; one
 * answer, or all equal, has no width — the small-sample mark is what warns there.
 */
export function meanOf(n: number, total: number, squares: number): Mean {
  if (n <= 0) return { n: 0, mean: null, margin95: 0, small: true };
  const mean = total / n;
  // Clamp float noise: Σx²/n − mean² is ≥ 0 mathematically.
  const variance = Math.max(0, squares / n - mean * mean);
  return { n, mean, margin95: 1.96 * Math.sqrt(variance / n), small: isSmall(n) };
}

export const aspectMean = (s: AspectSums): Mean => meanOf(s.n, s.total, s.squares);

/** An aspect's mean as one side of a comparison (shared/metrics/compare.ts). */
export const aspectSide = (s: AspectSums | undefined): Side => {
  const m = s ? aspectMean(s) : meanOf(0, 0, 0);
  return { value: m.mean, n: m.n, margin: m.margin95 };
};

/** The difference of two independent means (a − b) with the 95% margin of that difference. */
export function meanDifference(a: Mean, b: Mean): { difference: number; margin95: number } | null {
  if (a.mean === null || b.mean === null) return null;
  return { difference: a.mean - b.mean, margin95: differenceMargin(a.margin95, b.margin95) };
}

export interface Separating {
  aspect: string;
  satisfiedMean: number;
  unsatisfiedMean: number;
  satisfiedN: number;
  unsatisfiedN: number;
  /** satisfiedMean − unsatisfiedMean. */
  difference: number;
  margin95: number;
  /** Beyond its margin, with SMALL_SAMPLE answers or more on both sides: safe to state. */
  clear: boolean;
}

/**
 * The aspect whose mean differs most between satisfied (CSAT 4–5) and unsatisfied (CSAT 1–2) customers.
 * The difference of the two means rather than a correlation with CSAT: it reads in the rating's own
 * points ("4.6 vs 2.1"), comes straight from the rollup sums with a plain margin, and leaves the
 * neutral CSAT 3 out, which is what "separates satisfied from unsatisfied" asks. Null when no aspect
 * has answers on both sides. Ties go to the aspect named first.
 */
export function separatingAspect(sums: ReadonlyMap<string, AspectSums> | Record<string, AspectSums>): Separating | null {
  const entries = sums instanceof Map ? [...sums] : Object.entries(sums);
  let best: Separating | null = null;
  for (const [aspect, s] of entries) {
    const sat = meanOf(s.satN, s.satTotal, s.satSquares);
    const unsat = meanOf(s.unsatN, s.unsatTotal, s.unsatSquares);
    const d = meanDifference(sat, unsat);
    if (!d || (best && d.difference <= best.difference)) continue;
    best = {
      aspect,
      satisfiedMean: sat.mean!,
      unsatisfiedMean: unsat.mean!,
      satisfiedN: sat.n,
      unsatisfiedN: unsat.n,
      difference: d.difference,
      margin95: d.margin95,
      clear: Math.abs(d.difference) > d.margin95 && !sat.small && !unsat.small,
    };
  }
  return best;
}

/** The sums of a list of ratings (tests and recomputation from raw rows): csat decides the side. */
export function sumRatings(rows: Iterable<{ rating: number; csat?: number | null }>): AspectSums {
  const s = emptyAspectSums();
  for (const { rating: x, csat } of rows) {
    s.n += 1;
    s.total += x;
    s.squares += x * x;
    if (csat != null && csat >= 4) [s.satN, s.satTotal, s.satSquares] = [s.satN + 1, s.satTotal + x, s.satSquares + x * x];
    if (csat != null && csat <= 2) [s.unsatN, s.unsatTotal, s.unsatSquares] = [s.unsatN + 1, s.unsatTotal + x, s.unsatSquares + x * x];
  }
  return s;
}

const DEFAULT_ORDER = ['courtesy', 'competence', 'speed'];

/** Aspect keys in display order: the default three first, then the survey's own alphabetically. */
export function aspectOrder(keys: Iterable<string>): string[] {
  const rank = (k: string) => (DEFAULT_ORDER.includes(k) ? DEFAULT_ORDER.indexOf(k) : DEFAULT_ORDER.length);
  return [...new Set(keys)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
