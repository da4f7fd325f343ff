// Counting answers into a fixed-size distribution: the one shape every metric is computed from,
// so a metric over raw answers and one over stored per-day counts can never disagree.

/** Counts of each integer score from `min` to `max`; anything else (null, 4.5, 11) is ignored. */
export function distribution(scores: Iterable<number | null | undefined>, min: number, max: number): number[] {
  const counts = new Array<number>(max - min + 1).fill(0);
  for (const s of scores) {
    if (typeof s === 'number' && Number.isInteger(s) && s >= min && s <= max) counts[s - min]! += 1;
  }
  return counts;
}

export function total(counts: readonly number[]): number {
  let n = 0;
  for (const c of counts) n += c;
  return n;
}

/** Adds distributions of the same length element by element (e.g. days into a period). */
export function addCounts(into: number[], more: readonly number[]): number[] {
  for (let i = 0; i < more.length; i++) into[i] = (into[i] ?? 0) + (more[i] ?? 0);
  return into;
}
