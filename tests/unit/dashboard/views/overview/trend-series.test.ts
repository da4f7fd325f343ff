import { describe, expect, it } from 'vitest';
import { countAnswers, metricsFromCounts, type ScoredAnswer } from '../../../../../shared/metrics';
import { addDays, shapeTrend, smallestN } from '../../../../../dashboard/src/views/overview/trend-series';

const point = (start: string, rows: ScoredAnswer[]) => ({ start, ...metricsFromCounts(countAnswers(rows)) });
const many = (n: number, row: ScoredAnswer) => Array.from({ length: n }, () => row);

describe('shapeTrend', () => {
  const days = [
    point('2026-11-07', many(56, { nps: 10, csat: 5, ces: 2 })),
    point('2026-11-08', [{ nps: 0, csat: 5 }, { nps: 7, csat: 4 }]), // n = 2, NPS −50
    point('2026-11-09', []),
    point('2026-11-10', many(40, { nps: 9, csat: 4, ces: 1 })),
  ];

  it.each([
    // to, today, partial flags
    ['2026-11-10', '2026-11-10', [false, false, false, true]], // the range ends today: the last day is so far
    ['2026-11-10', '2026-11-20', [false, false, false, false]], // a range in the past is complete
  ])('range to %s, today %s: partial %j', (to, today, partial) => {
    const s = shapeTrend(days, { interval: 'day', to, today });
    expect(s.points.map((p) => p.partial)).toEqual(partial);
  });

  it('marks the point with 2 answers small and gives every metric with answers a band', () => {
    const s = shapeTrend(days, { interval: 'day', to: '2026-11-10', today: '2026-12-01' });
    expect(s.points.map((p) => p.small)).toEqual([false, true, false, false]);
    const small = s.points[1]!;
    expect(smallestN(small)).toBe(2);
    expect(small.nps).toMatchObject({ value: -50, low: -100, n: 2, small: true });
    expect(small.nps!.high).toBeCloseTo(-50 + 196 * Math.sqrt(0.25 / 2), 6);
    expect(small.csat!.low).toBeCloseTo(34.238, 2);
    expect(small.ces).toBeNull();
    expect(s.points[2]).toMatchObject({ nps: null, csat: null, ces: null, small: false, responses: 0 });
  });

  it('pools a rolling window: the first points only lend their answers', () => {
    const s = shapeTrend(days, { interval: 'day', to: '2026-11-10', today: '2026-12-01', rollingDays: 3 });
    expect(s.rolling).toBe(true);
    expect(s.points.map((p) => p.start)).toEqual(['2026-11-09', '2026-11-10']);
    expect(s.points.map((p) => p.responses)).toEqual([58, 42]);
    expect(s.points.map((p) => p.small)).toEqual([false, false]);
  });
});

describe('addDays', () => {
  it.each([
    ['2026-11-07', -6, '2026-11-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-03-01', -1, '2024-02-29'],
    ['2026-01-03', -6, '2025-12-28'],
  ])('%s %i: %s', (day, n, out) => expect(addDays(day, n)).toBe(out));
});
