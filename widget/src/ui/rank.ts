// shared/metrics/sentiment's rule in a few bytes, for the widget's size budget: 0 negative,
// 1 neutral, 2 positive (tests/unit/widget/rank.test.ts holds it to the shared rule).
import type { QuestionKind } from '../../../shared/schemas/survey';

export const MOODS = ['negative', 'neutral', 'positive'] as const;

export const rank = (kind: QuestionKind, v: number): 0 | 1 | 2 =>
  kind === 'nps' ? (v > 8 ? 2 : v > 6 ? 1 : 0) : kind === 'csat' ? (v > 3 ? 2 : v > 2 ? 1 : 0) : v < 3 ? 2 : v < 4 ? 1 : 0;
