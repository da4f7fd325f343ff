import { describe, expect, it } from 'vitest';
import { nps, npsFromDistribution, npsGroup } from '../../../shared/metrics';

const margin = (p: number, d: number, n: number) => 196 * Math.sqrt((p + d - (p - d) ** 2) / n);

describe('nps', () => {
  it('is null when nobody answered', () => {
    expect(nps([])).toBeNull();
    expect(npsFromDistribution(new Array(11).fill(0))).toBeNull();
  });

  it.each([
    // scores, promoters, passives, detractors, score
    [[0, 6, 6, 7, 8, 9, 9, 10, 10, 10], 5, 2, 3, 20],
    [[10], 1, 0, 0, 100],
    [[0], 0, 0, 1, -100],
    [[7], 0, 1, 0, 0],
    [[9, 9, 10, 10], 4, 0, 0, 100],
    [[0, 1, 2, 3, 4, 5, 6], 0, 0, 7, -100],
    [[6, 7, 8, 9], 1, 2, 1, 0],
    [[6], 0, 0, 1, -100],
    [[8], 0, 1, 0, 0],
    [[9], 1, 0, 0, 100],
    [[9, 9, 0], 2, 0, 1, 100 / 3],
  ])('scores %j: %i promoters, %i passives, %i detractors, NPS %d', (scores, promoters, passives, detractors, score) => {
    const r = nps(scores)!;
    expect(r).toMatchObject({ n: scores.length, promoters, passives, detractors });
    expect(r.score).toBeCloseTo(score, 10);
    expect(r.margin95).toBeCloseTo(margin(promoters / scores.length, detractors / scores.length, scores.length), 10);
  });

  it('gives the SPEC example: 0,6,6,7,8,9,9,10,10,10 is NPS 20 with a 95% margin of 54.03', () => {
    const r = nps([0, 6, 6, 7, 8, 9, 9, 10, 10, 10])!;
    expect(r.score).toBe(20);
    // p = 0.5, d = 0.3: 196 × sqrt((0.8 − 0.04) / 10) = 196 × sqrt(0.076)
    expect(r.margin95).toBeCloseTo(196 * Math.sqrt(0.076), 12);
    expect(r.margin95).toBeCloseTo(54.0336, 3);
  });

  it('has no margin when everyone agrees', () => {
    expect(nps([10, 10, 9])!.margin95).toBe(0);
    expect(nps([0, 3, 6])!.margin95).toBe(0);
    expect(nps([7, 8])!.margin95).toBe(0);
  });

  it('returns unrounded numbers', () => {
    expect(nps([9, 9, 0])!.score).toBe(100 / 3);
  });

  it('ignores what is not a score', () => {
    expect(nps([null, undefined, 11, -1, 4.5, 10])).toMatchObject({ n: 1, promoters: 1 });
  });

  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('puts %i among the %s', (score, group) => {
    expect(npsGroup(score)).toBe(group);
  });

  it('agrees whether computed from answers or from their distribution', () => {
    const scores = [0, 1, 5, 6, 6, 7, 7, 8, 9, 10, 10, 3];
    const counts = new Array(11).fill(0);
    for (const s of scores) counts[s] += 1;
    expect(npsFromDistribution(counts)).toEqual(nps(scores));
  });
});
