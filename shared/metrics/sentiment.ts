// Which follow-up a score gets, and whether it needs a call back: detractors, CSAT ≤ 2, CES ≥ 4.
import type { QuestionKind } from '../schemas/survey';
import { npsGroup } from './nps';

export type Sentiment = 'negative' | 'neutral' | 'positive';

export function sentiment(kind: QuestionKind, score: number): Sentiment {
  switch (kind) {
    case 'nps': {
      const g = npsGroup(score);
      return g === 'detractor' ? 'negative' : g === 'passive' ? 'neutral' : 'positive';
    }
    case 'csat':
      return score <= 2 ? 'negative' : score === 3 ? 'neutral' : 'positive';
    case 'ces':
      // Effort: a low score is good.
      return score >= 4 ? 'negative' : score === 3 ? 'neutral' : 'positive';
  }
}
