// Customer satisfaction (1–5): CSAT % = 100 × count(4 or 5) / n, with the mean and distribution.
import { distribution, total } from './distribution';

export interface CsatResult {
  n: number;
  satisfied: number;
  percent: number;
  mean: number;
  /** Counts of 1, 2, 3, 4, 5. */
  distribution: number[];
}

export function csatFromDistribution(counts: readonly number[]): CsatResult | null {
  const n = total(counts);
  if (n === 0) return null;
  const satisfied = (counts[3] ?? 0) + (counts[4] ?? 0);
  const sum = counts.reduce((acc, c, i) => acc + c * (i + 1), 0);
  return { n, satisfied, percent: (100 * satisfied) / n, mean: sum / n, distribution: [...counts] };
}

export function csat(scores: Iterable<number | null | undefined>): CsatResult | null {
  return csatFromDistribution(distribution(scores, 1, 5));
}
