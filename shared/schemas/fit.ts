// Whether answers fit a survey: answers it does not ask are refused rather than stored unread.
import type { FieldIssue } from './index';
import type { Answers } from './response';
import { DEFAULT_ASPECTS, type SurveyDefinition } from './survey';

export function answerIssues(survey: SurveyDefinition, answers: Answers): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const kinds = new Set(survey.questions.map((q) => q.kind));
  for (const kind of ['csat', 'ces', 'nps'] as const) {
    if (answers[kind] !== undefined && !kinds.has(kind)) {
      issues.push({ path: `answers.${kind}`, message: `This survey does not ask a ${kind.toUpperCase()} question` });
    }
  }
  if (answers.aspects) {
    const ces = survey.questions.find((q) => q.kind === 'ces');
    const allowed = new Set<string>(ces ? (ces.aspects ?? DEFAULT_ASPECTS) : []);
    for (const key of Object.keys(answers.aspects)) {
      if (!allowed.has(key)) issues.push({ path: `answers.aspects.${key}`, message: 'This survey does not rate that aspect' });
    }
  }
  return issues;
}
