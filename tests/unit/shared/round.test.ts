import { describe, expect, it } from 'vitest';
import { round } from '../../../shared/metrics';

describe('round', () => {
  it.each([
    [28.947368, 0, 29],
    [28.947368, 1, 28.9],
    [28.95, 1, 29],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [-0.4, 0, 0],
    [1.005, 2, 1.01],
    [77.305, 2, 77.31],
    [100 / 3, 2, 33.33],
    [-100 / 3, 1, -33.3],
    [54.0336, 1, 54],
    [0, 2, 0],
  ])('rounds %d to %i decimals as %d', (value, digits, expected) => {
    expect(round(value, digits)).toBe(expected);
  });

  it('leaves non-finite values alone', () => {
    expect(round(Number.NaN)).toBeNaN();
  });
});
