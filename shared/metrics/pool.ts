// Pooling several periods' metrics into one (e.g. a rolling 7-day point from 7 daily trend points):
// the answers are added up and the metrics computed again, never an average of averages.
import { addAllCounts, emptyCounts, metricsFromCounts, type Counts, type MetricSet } from './summary';

/**
 * The answer counts behind a metric set. NPS keeps only its three groups, so they go back at scores
 * 0, 7 and 9: npsFromDistribution reads nothing but the group sums, so the NPS is the same.
 */
export function countsOf(m: MetricSet): Counts {
  const c = emptyCounts();
  c.responses = m.responses;
  if (m.nps) {
    c.nps[0] = m.nps.detractors;
    c.nps[7] = m.nps.passives;
    c.nps[9] = m.nps.promoters;
  }
  if (m.csat) c.csat = [...m.csat.distribution];
  if (m.ces) c.ces = [...m.ces.distribution];
  return c;
}

export function poolMetrics(sets: readonly MetricSet[]): MetricSet {
  const c = emptyCounts();
  for (const s of sets) addAllCounts(c, countsOf(s));
  return metricsFromCounts(c);
}

/**
 * Rolling windows over consecutive points: point i pools points i − days + 1 … i. The first
 * `days − 1` points only lend their answers (ask for that many extra days before the range).
 */
export function rolling<T extends MetricSet & { start: string }>(
  points: readonly T[],
  days: number,
): (MetricSet & { start: string })[] {
  const out: (MetricSet & { start: string })[] = [];
  for (let i = days - 1; i < points.length; i++) {
    out.push({ start: points[i]!.start, ...poolMetrics(points.slice(i - days + 1, i + 1)) });
  }
  return out;
}
