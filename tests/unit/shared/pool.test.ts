import { describe, expect, it } from 'vitest';
import { countAnswers, metricsFromCounts, poolMetrics, rolling, type ScoredAnswer } from '../../../shared/metrics';

const day = (start: string, rows: ScoredAnswer[]) => ({ start, ...metricsFromCounts(countAnswers(rows)) });

describe('poolMetrics', () => {
  it.each([
    ['nothing', [] as ScoredAnswer[][]],
    ['one empty day', [[]]],
    ['one answer', [[{ nps: 9, csat: 5, ces: 1 }]]],
    [
      'days of different sizes',
      [
        [{ nps: 0, csat: 1, ces: 5 }, { nps: 7 }],
        [{ csat: 4, ces: 2 }],
        [{ nps: 10, csat: 5, ces: 1 }, { nps: 9, csat: 3, ces: 3 }, { nps: 6 }],
      ],
    ],
  ])('%s: equals the metrics of all the answers together', (_, days) => {
    const pooled = poolMetrics(days.map((rows) => metricsFromCounts(countAnswers(rows))));
    expect(pooled).toEqual(metricsFromCounts(countAnswers(days.flat())));
  });
});

describe('rolling', () => {
  const days = [
    day('2026-11-01', [{ nps: 10 }]),
    day('2026-11-02', [{ nps: 0 }]),
    day('2026-11-03', []),
    day('2026-11-04', [{ nps: 9 }, { nps: 8 }]),
  ];
  it.each([
    [1, ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04'], [100, -100, null, 50]],
    [2, ['2026-11-02', '2026-11-03', '2026-11-04'], [0, -100, 50]],
    [3, ['2026-11-03', '2026-11-04'], [0, 0]],
    [5, [], []],
  ])('over %i days: points %j with NPS %j', (n, starts, scores) => {
    const r = rolling(days, n);
    expect(r.map((p) => p.start)).toEqual(starts);
    expect(r.map((p) => p.nps?.score ?? null)).toEqual(scores);
  });
});
