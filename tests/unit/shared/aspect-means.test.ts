import { describe, expect, it } from 'vitest';
import { addAspectSums, aspectOrder, meanDifference, meanOf, separatingAspect, sumRatings, type AspectSums } from '../../../shared/metrics/aspects';

const ratings = (xs: number[], csat: number | null = null) => xs.map((rating) => ({ rating, csat }));
const sd = (xs: number[]) => {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length);
};

describe('meanOf', () => {
  it.each([
    ['no answers', [], null, 0, true],
    ['a single answer', [4], 4, 0, true],
    ['all equal', [5, 5, 5], 5, 0, true],
    ['1 and 5', [1, 5], 3, (1.96 * 2) / Math.sqrt(2), true],
    ['30 answers', [...Array(15).fill(2), ...Array(15).fill(4)], 3, (1.96 * 1) / Math.sqrt(30), false],
  ])('%s: mean %s ± %s, small %s', (_, xs, mean, margin, small) => {
    const s = sumRatings(ratings(xs));
    const m = meanOf(s.n, s.total, s.squares);
    expect(m.mean).toBe(mean);
    expect(m.margin95).toBeCloseTo(margin, 10);
    expect(m.small).toBe(small);
  });

  it('equals 1.96 · sd / √n of the ratings themselves', () => {
    const xs = [1, 2, 2, 3, 5, 5, 4, 4, 4, 1];
    const s = sumRatings(ratings(xs));
    expect(meanOf(s.n, s.total, s.squares).margin95).toBeCloseTo((1.96 * sd(xs)) / Math.sqrt(xs.length), 12);
  });
});

describe('meanDifference', () => {
  it.each([
    ['either side empty', meanOf(0, 0, 0), meanOf(2, 8, 32), null],
    ['two single answers', meanOf(1, 5, 25), meanOf(1, 2, 4), { difference: 3, margin95: 0 }],
  ])('%s', (_, a, b, expected) => {
    expect(meanDifference(a, b)).toEqual(expected);
  });

  it('combines the two margins as √(a² + b²)', () => {
    const a = meanOf(4, 12, 40); // 1,3,3,5 → mean 3, var 2
    const b = meanOf(4, 8, 18); // 1,1,3,3 → mean 2, var 1
    const d = meanDifference(a, b)!;
    expect(d.difference).toBe(1);
    expect(d.margin95).toBeCloseTo(Math.hypot(a.margin95, b.margin95), 12);
  });
});

describe('separatingAspect', () => {
  const big = (sat: number[], unsat: number[]): AspectSums => addAspectSums(sumRatings(ratings(sat, 5)), sumRatings(ratings(unsat, 1)));
  it.each([
    ['no aspects', {}, null],
    ['only satisfied answers', { speed: sumRatings(ratings([5, 4], 5)) }, null],
    ['neutral answers (CSAT 3) count on neither side', { speed: addAspectSums(sumRatings(ratings([5], 3)), big([4], [2])) }, { aspect: 'speed', difference: 2 }],
    ['single answers on each side', { courtesy: big([5], [4]), speed: big([5], [1]) }, { aspect: 'speed', difference: 4 }],
  ])('%s', (_, sums, expected) => {
    const s = separatingAspect(sums);
    if (expected === null) expect(s).toBeNull();
    else expect(s).toMatchObject({ ...expected, clear: false });
  });

  it('picks the largest difference and calls it clear only beyond its margin with 30 answers a side', () => {
    const many = (x: number, k: number) => Array(k).fill(x);
    const s = separatingAspect({
      courtesy: big([...many(5, 20), ...many(4, 20)], [...many(4, 20), ...many(3, 20)]),
      speed: big([...many(5, 30), ...many(4, 10)], [...many(2, 30), ...many(1, 10)]),
    })!;
    expect(s.aspect).toBe('speed');
    expect(s.satisfiedMean).toBeCloseTo(4.75, 10);
    expect(s.unsatisfiedMean).toBeCloseTo(1.75, 10);
    expect(s.difference).toBeCloseTo(3, 10);
    expect(s.clear).toBe(true);
  });
});

describe('aspectOrder', () => {
  it.each([
    [[], []],
    [['speed', 'tone', 'courtesy', 'accuracy', 'competence'], ['courtesy', 'competence', 'speed', 'accuracy', 'tone']],
  ])('%j → %j', (keys, expected) => expect(aspectOrder(keys)).toEqual(expected));
});
