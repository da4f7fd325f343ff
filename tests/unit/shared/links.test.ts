import { describe, expect, it } from 'vitest';
import { linkRates, proportionMargin, sourceShares } from '../../../shared/metrics';

describe('link funnel', () => {
  it.each([
    ['nothing issued', { issued: 0, opened: 0, answered: 0 }, { rate: null, openRate: null, openedAnswerRate: null }],
    ['issued, none opened', { issued: 4, opened: 0, answered: 0 }, { rate: 0, openRate: 0, openedAnswerRate: null }],
    ['a single link, opened and answered', { issued: 1, opened: 1, answered: 1 }, { rate: 100, openRate: 100, openedAnswerRate: 100 }],
    ['the SPEC example with opens', { issued: 1200, opened: 540, answered: 301 }, { rate: (100 * 301) / 1200, openRate: 45, openedAnswerRate: (100 * 301) / 540 }],
  ])('%s', (_name, counts, rates) => {
    expect(linkRates(counts)).toEqual({ ...counts, ...rates });
  });
});

describe('answers per source', () => {
  it.each([
    [{ widget: 0, email: 0 }, { widget: null, email: null }],
    [{ widget: 3, email: 0 }, { widget: 100, email: 0 }],
    [{ widget: 3, email: 2 }, { widget: 60, email: 40 }],
  ])('%j has the shares %j', (counts, shares) => {
    expect(sourceShares(counts)).toEqual(shares);
  });
});

describe('margin of a rate', () => {
  it.each([
    [0, 0, 0],
    [5, 5, 0],
    [1, 1, 0],
    [50, 100, 9.8],
    [263, 488, 4.42],
  ])('%i of %i: ±%f pts', (part, whole, margin) => {
    expect(proportionMargin(part, whole)).toBeCloseTo(margin, 2);
  });
});
