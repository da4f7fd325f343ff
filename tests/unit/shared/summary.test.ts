import { describe, expect, it } from 'vitest';
import { addAllCounts, countAnswers, emptyCounts, metricsFromCounts, sentiment } from '../../../shared/metrics';

describe('metric set', () => {
  it('has null metrics and zero responses for an empty period', () => {
    expect(metricsFromCounts(emptyCounts())).toEqual({ responses: 0, nps: null, csat: null, ces: null });
  });

  it('counts each metric over the answers that have it', () => {
    const m = metricsFromCounts(countAnswers([{ nps: 10, csat: 5 }, { nps: 3 }, { ces: 2 }]));
    expect(m.responses).toBe(3);
    expect(m.nps).toMatchObject({ n: 2, score: 0 });
    expect(m.csat).toMatchObject({ n: 1, percent: 100 });
    expect(m.ces).toMatchObject({ n: 1, mean: 2 });
  });

  it('adds days into a period the same as counting the period at once', () => {
    const day1 = [{ nps: 10, csat: 5, ces: 1 }, { nps: 0 }];
    const day2 = [{ nps: 8, ces: 5 }, { csat: 2 }];
    const summed = addAllCounts(addAllCounts(emptyCounts(), countAnswers(day1)), countAnswers(day2));
    expect(metricsFromCounts(summed)).toEqual(metricsFromCounts(countAnswers([...day1, ...day2])));
  });
});

describe('sentiment', () => {
  it.each([
    ['nps', 6, 'negative'],
    ['nps', 7, 'neutral'],
    ['nps', 9, 'positive'],
    ['csat', 2, 'negative'],
    ['csat', 3, 'neutral'],
    ['csat', 4, 'positive'],
    ['ces', 4, 'negative'],
    ['ces', 3, 'neutral'],
    ['ces', 2, 'positive'],
  ] as const)('%s %i is %s', (kind, score, expected) => {
    expect(sentiment(kind, score)).toBe(expected);
  });
});
