import { describe, expect, it } from 'vitest';
import { ces } from '../../../shared/metrics';

describe('ces', () => {
  it('is null when nobody answered', () => {
    expect(ces([])).toBeNull();
  });

  it.each([
    // scores, mean, easyShare, hardShare, distribution
    [[1], 1, 100, 0, [1, 0, 0, 0, 0]],
    [[5], 5, 0, 100, [0, 0, 0, 0, 1]],
    [[3], 3, 0, 0, [0, 0, 1, 0, 0]],
    [[2, 4], 3, 50, 50, [0, 1, 0, 1, 0]],
    [[1, 2, 3, 4, 5], 3, 40, 40, [1, 1, 1, 1, 1]],
    [[1, 1, 2, 5], 2.25, 75, 25, [2, 1, 0, 0, 1]],
    [[1, 3, 3], 7 / 3, 100 / 3, 0, [1, 0, 2, 0, 0]],
  ])('scores %j: mean %d', (scores, mean, easyShare, hardShare, distribution) => {
    expect(ces(scores)).toEqual({
      n: scores.length,
      mean: expect.closeTo(mean, 10),
      easyShare: expect.closeTo(easyShare, 10),
      hardShare: expect.closeTo(hardShare, 10),
      distribution,
    });
  });
});
