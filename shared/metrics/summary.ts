// The metric set of one period (SPEC.md summary shape): computed from answer counts, so the same
// function serves raw rows now and stored per-day counts later.
import { cesFromDistribution, type CesResult } from './ces';
import { csatFromDistribution, type CsatResult } from './csat';
import { addCounts, distribution } from './distribution';
import { npsFromDistribution, type NpsResult } from './nps';

export interface Counts {
  responses: number;
  /** Scores 0..10. */
  nps: number[];
  /** Scores 1..5. */
  csat: number[];
  /** Scores 1..5. */
  ces: number[];
}

export interface MetricSet {
  responses: number;
  nps: NpsResult | null;
  csat: CsatResult | null;
  ces: CesResult | null;
}

export function emptyCounts(): Counts {
  return { responses: 0, nps: new Array(11).fill(0), csat: new Array(5).fill(0), ces: new Array(5).fill(0) };
}

export function addAllCounts(into: Counts, more: Counts): Counts {
  into.responses += more.responses;
  addCounts(into.nps, more.nps);
  addCounts(into.csat, more.csat);
  addCounts(into.ces, more.ces);
  return into;
}

export interface ScoredAnswer {
  nps?: number | null;
  csat?: number | null;
  ces?: number | null;
}

export function countAnswers(rows: Iterable<ScoredAnswer>): Counts {
  const list = [...rows];
  return {
    responses: list.length,
    nps: distribution(list.map((r) => r.nps), 0, 10),
    csat: distribution(list.map((r) => r.csat), 1, 5),
    ces: distribution(list.map((r) => r.ces), 1, 5),
  };
}

export function metricsFromCounts(counts: Counts): MetricSet {
  return {
    responses: counts.responses,
    nps: npsFromDistribution(counts.nps),
    csat: csatFromDistribution(counts.csat),
    ces: cesFromDistribution(counts.ces),
  };
}
