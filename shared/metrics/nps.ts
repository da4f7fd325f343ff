// Net Promoter Score as SPEC.md defines it: promoters 9–10, passives 7–8, detractors 0–6,
// NPS = 100 × (promoters − detractors) / n, 95% margin = 196 × sqrt((p + d − (p − d)²) / n).
import { distribution, total } from './distribution';

export interface NpsResult {
  n: number;
  promoters: number;
  passives: number;
  detractors: number;
  score: number;
  margin95: number;
}

export type NpsGroup = 'detractor' | 'passive' | 'promoter';

export function npsGroup(score: number): NpsGroup {
  return score >= 9 ? 'promoter' : score >= 7 ? 'passive' : 'detractor';
}

/** NPS from the 11 counts of scores 0..10; null when nobody answered. */
export function npsFromDistribution(counts: readonly number[]): NpsResult | null {
  const n = total(counts);
  if (n === 0) return null;
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  counts.forEach((c, score) => {
    if (npsGroup(score) === 'promoter') promoters += c;
    else if (npsGroup(score) === 'passive') passives += c;
    else detractors += c;
  });
  const p = promoters / n;
  const d = detractors / n;
  // p + d − (p − d)² is ≥ 0 mathematically; clamp the float noise of e.g. p = 1, d = 0.
  const variance = Math.max(0, p + d - (p - d) ** 2);
  const score = (100 * (promoters - detractors)) / n;
  return { n, promoters, passives, detractors, score, margin95: 196 * Math.sqrt(variance / n) };
}

export function nps(scores: Iterable<number | null | undefined>): NpsResult | null {
  return npsFromDistribution(distribution(scores, 0, 10));
}
