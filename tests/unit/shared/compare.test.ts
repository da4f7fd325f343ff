import { describe, expect, it } from 'vitest';
import { cesSide, compareMetric, countChange, csat, csatSide, nps, npsSide, type Side } from '../../../shared/metrics';

const side = (value: number | null, n: number, margin = 0): Side => ({ value, n, margin });

describe('compareMetric', () => {
  it.each([
    // now, before, lowerIsBetter, expected
    ['nothing now', side(null, 0), side(20, 100), false, { kind: 'no-data', side: 'now' }],
    ['nothing before', side(20, 100), side(null, 0), false, { kind: 'no-data', side: 'before' }],
    ['n = 258 now, 4 before', side(30, 258, 6), side(-50, 4, 60), false, { kind: 'too-few', side: 'before', nNow: 258, nBefore: 4 }],
    ['n = 1 now', side(100, 1), side(20, 300, 5), false, { kind: 'too-few', side: 'now', nNow: 1, nBefore: 300 }],
    ['both small', side(10, 29), side(20, 12), false, { kind: 'too-few', side: 'both', nNow: 29, nBefore: 12 }],
    ['inside the combined margin', side(25, 100, 3), side(21, 100, 4), false, { kind: 'within', delta: 4, margin: 5 }],
    ['exactly on the margin', side(26, 100, 3), side(21, 100, 4), false, { kind: 'within', delta: 5, margin: 5 }],
    ['beyond it, up', side(30, 100, 3), side(21, 100, 4), false, { kind: 'change', delta: 9, margin: 5, better: true }],
    ['beyond it, CES up is worse', side(3.2, 100, 0.06), side(2.5, 100, 0.08), true, { kind: 'change', better: false }],
    ['n = 30 on both sides is enough', side(60, 30, 3), side(40, 30, 4), false, { kind: 'change', better: true }],
  ] as const)('%s', (_, now, before, lower, expected) => {
    const c = compareMetric(now, before, lower);
    expect(c).toMatchObject(expected);
    if ('delta' in expected) expect((c as { delta: number }).delta).toBeCloseTo(expected.delta, 10);
  });

  it('builds each side from the API metrics: NPS with its own margin, CSAT with a proportion margin', () => {
    const n = nps([10, 10, 0, 7])!;
    expect(npsSide(n)).toEqual({ value: 25, n: 4, margin: n.margin95 });
    expect(npsSide(null)).toEqual({ value: null, n: 0, margin: 0 });
    expect(csatSide(csat([5, 4, 1, 2]))).toMatchObject({ value: 50, n: 4, margin: 49 }); // 196·sqrt(.25/4)
    expect(cesSide(null)).toEqual({ value: null, n: 0, margin: 0 });
  });
});

describe('countChange', () => {
  it.each([
    [258, 4, 254, null], // never "+6,350%" from a base of 4
    [0, 0, 0, null],
    [60, 30, 30, 100],
    [45, 60, -15, -25],
  ])('%i now, %i before: %i, %s%%', (now, before, delta, percent) => {
    expect(countChange(now, before)).toEqual({ delta, percent });
  });
});
