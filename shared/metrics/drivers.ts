// Scores by ticket facts (SPEC "Scores by ticket facts"): the 95% margins of a bucket's scores and the
// strongest difference between two buckets beyond its margin, for the Support view's plain sentence.
import type { DriverBucket, DriverFinding } from '../api';
import { SMALL_SAMPLE } from './bands';
import { cesMargin, csatMargin, differenceMargin } from './margins';
import { metricsFromCounts, type Counts } from './summary';

/** A bucket's metric set with its margins (NPS brings its own). */
export function driverBucket(bucket: string, tickets: number, counts: Counts): DriverBucket {
  const m = metricsFromCounts(counts);
  return {
    bucket,
    tickets,
    ...m,
    margins: { csat: m.csat ? csatMargin(m.csat) : null, ces: m.ces ? cesMargin(m.ces) : null, nps: m.nps ? m.nps.margin95 : null },
  };
}

type Side = { bucket: string; value: number; n: number; margin: number };

function sides(buckets: DriverBucket[], metric: DriverFinding['metric']): Side[] {
  const out: Side[] = [];
  for (const b of buckets) {
    const r = b[metric];
    if (!r || r.n < SMALL_SAMPLE) continue;
    const value = metric === 'csat' ? b.csat!.percent : metric === 'ces' ? b.ces!.mean : b.nps!.score;
    out.push({ bucket: b.bucket, value, n: r.n, margin: b.margins[metric]! });
  }
  return out;
}

/**
 * The pair of buckets (each with at least SMALL_SAMPLE answers) whose difference is the most times its
 * margin, over CSAT %, CES mean and NPS; null when none is beyond its margin. Better is higher, except
 * for CES, where less effort is better.
 */
export function strongestDriver(buckets: DriverBucket[]): DriverFinding | null {
  let best: { ratio: number; finding: DriverFinding } | null = null;
  for (const metric of ['csat', 'ces', 'nps'] as const) {
    const list = sides(buckets, metric);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        const difference = Math.abs(a.value - b.value);
        const margin = differenceMargin(a.margin, b.margin);
        if (difference <= margin) continue;
        const ratio = margin === 0 ? Infinity : difference / margin;
        if (best && ratio <= best.ratio) continue;
        const aBetter = metric === 'ces' ? a.value < b.value : a.value > b.value;
        const [better, worse] = aBetter ? [a, b] : [b, a];
        best = {
          ratio,
          finding: {
            metric,
            better: { bucket: better.bucket, value: better.value, n: better.n },
            worse: { bucket: worse.bucket, value: worse.value, n: worse.n },
            difference,
            margin,
          },
        };
      }
    }
  }
  return best?.finding ?? null;
}
