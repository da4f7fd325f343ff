// Customer effort (1 much less … 5 much more than expected): the mean (lower is better),
// easy share = 100 × count(1 or 2) / n, hard share = 100 × count(4 or 5) / n, and the distribution.
import { distribution, total } from './distribution';

export interface CesResult {
  n: number;
  mean: number;
  easyShare: number;
  hardShare: number;
  /** Counts of 1, 2, 3, 4, 5. */
  distribution: number[];
}

export function cesFromDistribution(counts: readonly number[]): CesResult | null {
  const n = total(counts);
  if (n === 0) return null;
  const sum = counts.reduce((acc, c, i) => acc + c * (i + 1), 0);
  const easy = (counts[0] ?? 0) + (counts[1] ?? 0);
  const hard = (counts[3] ?? 0) + (counts[4] ?? 0);
  return {
    n,
    mean: sum / n,
    easyShare: (100 * easy) / n,
    hardShare: (100 * hard) / n,
    distribution: [...counts],
  };
}

export function ces(scores: Iterable<number | null | undefined>): CesResult | null {
  return cesFromDistribution(distribution(scores, 1, 5));
}
