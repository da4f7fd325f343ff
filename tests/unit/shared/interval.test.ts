import { describe, expect, it } from 'vitest';
import { chooseInterval, pointsIn } from '../../../shared/metrics';

describe('pointsIn', () => {
  it.each([
    ['2026-11-01', '2026-11-01', 'day', 1],
    ['2026-11-01', '2026-11-30', 'day', 30],
    ['2026-11-02', '2026-11-08', 'week', 1], // Monday to Sunday
    ['2026-11-01', '2026-11-30', 'week', 6], // a Sunday to a Monday
    ['2026-11-15', '2026-12-14', 'month', 2],
    ['2025-12-31', '2026-01-01', 'month', 2],
    ['2026-11-02', '2026-11-01', 'day', 0],
  ] as const)('%s to %s by %s: %i', (from, to, interval, n) => {
    expect(pointsIn(from, to, interval)).toBe(n);
  });
});

describe('chooseInterval', () => {
  it.each([
    // answers, from, to, chosen
    [0, '2026-10-25', '2026-11-23', 'month'], // nothing anywhere: the fewest points (Oct and Nov)
    [1200, '2026-10-25', '2026-11-23', 'day'], // 40 a day
    [1199, '2026-10-25', '2026-11-23', 'week'], // just under 40 a day; 240 a week
    [258, '2026-10-25', '2026-11-23', 'week'], // ~52 a week over 5 weeks
    [150, '2026-10-25', '2026-11-23', 'month'], // 30 a week is too thin; 75 a month
    [3000, '2026-08-26', '2026-11-23', 'week'], // the demo: 33 a day is too thin for most days
    [10, '2026-11-02', '2026-11-08', 'day'], // one week, one month: the day line is all there is
    [10, '2026-11-05', '2026-11-11', 'week'], // a week across two weeks
  ] as const)('%i answers from %s to %s: %s', (answers, from, to, interval) => {
    expect(chooseInterval(answers, from, to)).toBe(interval);
  });
});
