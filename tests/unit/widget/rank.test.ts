import { describe, expect, it } from 'vitest';
import { sentiment } from '../../../shared/metrics/sentiment';
import { MOODS, rank } from '../../../widget/src/ui/rank';

describe("the widget's follow-up rule", () => {
  const cases = [
    ...Array.from({ length: 11 }, (_, v) => ['nps', v] as const),
    ...[1, 2, 3, 4, 5].map((v) => ['csat', v] as const),
    ...[1, 2, 3, 4, 5].map((v) => ['ces', v] as const),
  ];
  it.each(cases)('%s %i is read as shared/metrics/sentiment reads it', (kind, v) => {
    expect(MOODS[rank(kind, v)]).toBe(sentiment(kind, v));
  });
});
