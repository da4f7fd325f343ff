import { describe, expect, it } from 'vitest';
import { ces, cesBand, csat, csatBand, nps, npsBand, wilson } from '../../../shared/metrics';

describe('npsBand', () => {
  it.each([
    // scores, low, high, small
    [[], null, null, true],
    [[10], 100, 100, true], // one answer: SPEC's margin is 0 (p = 1), the small-sample flag warns
    [[0, 7], -100, -50 + 196 * Math.sqrt(0.25 / 2), true], // 8 Nov: n = 2, NPS −50 ± 69.3, cut at −100
    [[...Array(20).fill(10), ...Array(10).fill(8), ...Array(10).fill(3)], 25 - 196 * Math.sqrt((0.75 - 0.0625) / 40), 25 + 196 * Math.sqrt((0.75 - 0.0625) / 40), false],
  ])('scores %j: %s to %s, small %s', (scores, low, high, small) => {
    const b = npsBand(nps(scores as number[]));
    if (low === null) return expect(b).toBeNull();
    expect(b!.low).toBeCloseTo(low as number, 6);
    expect(b!.high).toBeCloseTo(high as number, 6);
    expect(b!.small).toBe(small);
  });
});

describe('wilson', () => {
  it.each([
    // part, whole, low %, high %
    [0, 0, null, null],
    [1, 1, 20.654, 100],
    [0, 1, 0, 79.346],
    [2, 2, 34.238, 100], // 22 Nov: n = 2, CSAT 100% is "34–100%", not "100% ± 0"
    [50, 100, 40.383, 59.617],
    [77, 100, 67.845, 84.157],
  ])('%i of %i: %s–%s%%', (part, whole, low, high) => {
    const w = wilson(part, whole);
    if (low === null) return expect(w).toBeNull();
    expect(w!.low).toBeCloseTo(low as number, 2);
    expect(w!.high).toBeCloseTo(high as number, 2);
  });
});

describe('csatBand', () => {
  it.each([
    [[], null, null],
    [[5], 20.654, 100],
    [[5, 4], 34.238, 100],
    [[...Array(50).fill(5), ...Array(50).fill(2)], 40.383, 59.617],
  ])('scores %j: %s–%s', (scores, low, high) => {
    const b = csatBand(csat(scores as number[]));
    if (low === null) return expect(b).toBeNull();
    expect(b!.low).toBeCloseTo(low as number, 2);
    expect(b!.high).toBeCloseTo(high as number, 2);
    expect(b!.small).toBe(scores.length < 30);
  });
});

describe('cesBand', () => {
  it.each([
    [[], null, null],
    [[3], 3, 3], // one answer has no spread: a zero-width band, flagged small
    [[1, 5], 1, 5], // mean 3 ± 1.96·2/√2 = 2.77, kept within 1…5
    [[1, 2, 3, 4, 5].flatMap((s) => Array(10).fill(s)), 3 - 1.96 * Math.sqrt(2 / 50), 3 + 1.96 * Math.sqrt(2 / 50)],
  ])('scores %j: %s to %s', (scores, low, high) => {
    const b = cesBand(ces(scores as number[]));
    if (low === null) return expect(b).toBeNull();
    expect(b!.low).toBeCloseTo(low as number, 6);
    expect(b!.high).toBeCloseTo(high as number, 6);
  });
});
