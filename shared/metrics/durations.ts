// Durations of tickets (first response, resolution) as stored histograms: the bins the per-day counts
// keep (migrations/0017_ticket_rollups.sql holds the same table, duration_bins), percentiles read back
// from them, and the buckets of SPEC "Scores by ticket facts".
//
// Resolution of the histograms: one bin per minute below an hour, then bins 10% wide (each starts at
// lo + ceil(lo / 10)), up to a last open bin from one year on. A percentile is reported as the middle of
// its bin, so it is off from the exact value by at most half a bin: ±0.5 min below an hour, else at most
// 5.6% of the value (measured bound: DURATION_ERROR). Beyond a year it is the bin's start.

const MINUTE = 60_000;
const YEAR_MINUTES = 525_600;

/** Lower bounds of the bins, in minutes. */
export const BIN_STARTS: readonly number[] = (() => {
  const out: number[] = [];
  for (let lo = 0; lo < 60; lo++) out.push(lo);
  for (let lo = 60; lo < YEAR_MINUTES; lo += Math.ceil(lo / 10)) out.push(lo);
  out.push(YEAR_MINUTES);
  return out;
})();

/** The largest relative error of a bin's middle for a value of an hour or more inside it. */
export const DURATION_ERROR = Math.max(
  ...BIN_STARTS.slice(60, -1).map((lo, i) => (BIN_STARTS[i + 61]! - lo) / 2 / lo),
);

/** The bin of a duration in ms (negative durations are refused on the way in; they land in bin 0). */
export function binOf(ms: number): number {
  const minutes = ms / MINUTE;
  let lo = 0;
  let hi = BIN_STARTS.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (BIN_STARTS[mid]! <= minutes) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** What a bin reports, in minutes: its middle, or its start for the last, open bin. */
export function binValue(bin: number): number {
  const lo = BIN_STARTS[bin]!;
  const hi = BIN_STARTS[bin + 1];
  return hi === undefined ? lo : (lo + hi) / 2;
}

/** A histogram: bin -> count. */
export type Histogram = Map<number, number>;

export function addHistogram(into: Histogram, more: Iterable<[number, number]>): Histogram {
  for (const [bin, n] of more) into.set(bin, (into.get(bin) ?? 0) + n);
  return into;
}

/** The nearest-rank percentile `p` (0–1) of a histogram, as its bin's value; null when empty. */
export function percentile(h: Histogram, p: number): number | null {
  const bins = [...h].filter(([, n]) => n > 0).sort((a, b) => a[0] - b[0]);
  const total = bins.reduce((s, [, n]) => s + n, 0);
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const [bin, n] of bins) {
    seen += n;
    if (seen >= rank) return binValue(bin);
  }
  return binValue(bins.at(-1)![0]);
}

export function durationStats(h: Histogram): { n: number; median: number | null; p90: number | null } {
  let n = 0;
  for (const c of h.values()) n += c;
  return { n, median: percentile(h, 0.5), p90: percentile(h, 0.9) };
}

/** SPEC's buckets of a time to first response or to resolution (ms). */
export const TIME_BUCKETS = ['<1h', '1-4h', '4-24h', '1-3d', '>3d'] as const;
const HOUR = 60 * MINUTE;
export function timeBucket(ms: number): (typeof TIME_BUCKETS)[number] {
  return ms < HOUR ? '<1h' : ms < 4 * HOUR ? '1-4h' : ms < 24 * HOUR ? '4-24h' : ms < 72 * HOUR ? '1-3d' : '>3d';
}

/** Agent replies: "1" also holds a ticket solved without a reply. */
export const REPLY_BUCKETS = ['1', '2', '3-4', '5+'] as const;
export function replyBucket(replies: number): (typeof REPLY_BUCKETS)[number] {
  return replies <= 1 ? '1' : replies === 2 ? '2' : replies <= 4 ? '3-4' : '5+';
}

export const REOPEN_BUCKETS = ['no', 'yes'] as const;

export const DRIVER_BUCKETS = {
  first_response: TIME_BUCKETS,
  resolution: TIME_BUCKETS,
  replies: REPLY_BUCKETS,
  reopened: REOPEN_BUCKETS,
} as const;
