import { describe, expect, it } from 'vitest';
import { csat } from '../../../shared/metrics';

describe('csat', () => {
  it('is null when nobody answered', () => {
    expect(csat([])).toBeNull();
  });

  it.each([
    // scores, satisfied, percent, mean, distribution
    [[5], 1, 100, 5, [0, 0, 0, 0, 1]],
    [[1], 0, 0, 1, [1, 0, 0, 0, 0]],
    [[3], 0, 0, 3, [0, 0, 1, 0, 0]],
    [[4], 1, 100, 4, [0, 0, 0, 1, 0]],
    [[1, 2, 3, 4, 5], 2, 40, 3, [1, 1, 1, 1, 1]],
    [[4, 5, 5, 3], 3, 75, 4.25, [0, 0, 1, 1, 2]],
    [[5, 4, 2], 2, 200 / 3, 11 / 3, [0, 1, 0, 1, 1]],
  ])('scores %j: %i satisfied, %d%%', (scores, satisfied, percent, mean, distribution) => {
    const r = csat(scores)!;
    expect(r).toEqual({ n: scores.length, satisfied, percent: expect.closeTo(percent, 10), mean: expect.closeTo(mean, 10), distribution });
  });

  it('ignores 0, 6 and fractions', () => {
    expect(csat([0, 6, 2.5, 4])).toMatchObject({ n: 1, satisfied: 1 });
  });
});
