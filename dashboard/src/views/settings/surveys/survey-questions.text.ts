// Wording of the survey form's question rows (survey-questions.tsx). The questions keep their
// international names (CSAT, CES, NPS); what each measures is worded here.
import type { QuestionKind } from '../../../../../shared/schemas/survey';
import type { Text } from '../../../lib/i18n';

interface Words {
  about: Record<QuestionKind, string>;
  moved: (name: string, pos: number, of: number) => string;
  legend: string;
  ask: string;
  followUp: string;
  /** Read after "Follow-up" by screen readers: "after CSAT". */
  after: (name: string) => string;
  aspects: string;
  aspectsHint: string;
  moveUp: (name: string) => string;
  up: string;
  moveDown: (name: string) => string;
  down: string;
}

export const T: Text<Words> = {
  en: {
    about: { csat: 'satisfaction, 1–5', ces: 'effort, 1–5', nps: 'would recommend, 0–10' },
    moved: (name, pos, of) => `${name} is now in position ${pos} of ${of}.`,
    legend: 'Questions, in the order they are asked',
    ask: 'Ask',
    followUp: 'Follow-up',
    after: (name) => `after ${name}`,
    aspects: 'Aspects (comma-separated)',
    aspectsHint:
      'The agent is rated 1–5 on each, after CES. Leave empty for none. Courtesy, competence and speed are worded in every language; any other aspect asks for its label in each.',
    moveUp: (name) => `Move ${name} up`,
    up: 'Up',
    moveDown: (name) => `Move ${name} down`,
    down: 'Down',
  },
  it: {
    about: { csat: 'soddisfazione, 1–5', ces: 'sforzo, 1–5', nps: 'propensione a raccomandare, 0–10' },
    moved: (name, pos, of) => `${name} ora è in posizione ${pos} di ${of}.`,
    legend: 'Domande, nell’ordine in cui vengono poste',
    ask: 'Chiedi',
    followUp: 'Follow-up',
    after: (name) => `dopo ${name}`,
    aspects: 'Aspetti (separati da virgole)',
    aspectsHint:
      'L’agente riceve un voto da 1 a 5 su ciascuno, dopo il CES. Lascia vuoto per nessuno. Cortesia, competenza e rapidità sono già tradotti in ogni lingua; per qualsiasi altro aspetto serve l’etichetta in ciascuna lingua.',
    moveUp: (name) => `Sposta ${name} in alto`,
    up: 'Su',
    moveDown: (name) => `Sposta ${name} in basso`,
    down: 'Giù',
  },
};
