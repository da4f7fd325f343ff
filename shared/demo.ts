// The survey every new site starts with: the three questions of SPEC.md, each with a follow-up.
import type { SurveyDefinition } from './schemas/survey';

export const DEFAULT_SURVEY_ID = 'support';

export const DEFAULT_SURVEY: SurveyDefinition = {
  questions: [
    { kind: 'csat', followUp: true },
    { kind: 'ces', followUp: true, aspects: ['courtesy', 'competence', 'speed'] },
    { kind: 'nps', followUp: true },
  ],
  defaultLang: 'en',
  text: {},
};
