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
  es: {
    about: { csat: 'satisfacción, 1–5', ces: 'esfuerzo, 1–5', nps: 'lo recomendaría, 0–10' },
    moved: (name, pos, of) => `${name} está ahora en la posición ${pos} de ${of}.`,
    legend: 'Preguntas, en el orden en que se hacen',
    ask: 'Preguntar',
    followUp: 'Seguimiento',
    after: (name) => `después de ${name}`,
    aspects: 'Aspectos (separados por comas)',
    aspectsHint:
      'El agente se valora de 1 a 5 en cada uno, después del CES. Déjalo vacío para ninguno. Cortesía, competencia y rapidez están redactados en todos los idiomas; cualquier otro aspecto pide su etiqueta en cada uno.',
    moveUp: (name) => `Subir ${name}`,
    up: 'Subir',
    moveDown: (name) => `Bajar ${name}`,
    down: 'Bajar',
  },
  fr: {
    about: { csat: 'satisfaction, 1–5', ces: 'effort, 1–5', nps: 'recommanderait, 0–10' },
    moved: (name, pos, of) => `${name} est maintenant en position ${pos} sur ${of}.`,
    legend: 'Questions, dans l’ordre où elles sont posées',
    ask: 'Poser',
    followUp: 'Question de suivi',
    after: (name) => `après ${name}`,
    aspects: 'Aspects (séparés par des virgules)',
    aspectsHint:
      'L’agent est noté de 1 à 5 sur chacun, après le CES. Laissez vide pour aucun. Courtoisie, compétence et rapidité sont rédigés dans toutes les langues ; tout autre aspect demande son libellé dans chacune.',
    moveUp: (name) => `Monter ${name}`,
    up: 'Monter',
    moveDown: (name) => `Descendre ${name}`,
    down: 'Descendre',
  },
  de: {
    about: { csat: 'Zufriedenheit, 1–5', ces: 'Aufwand, 1–5', nps: 'Weiterempfehlung, 0–10' },
    moved: (name, pos, of) => `${name} steht jetzt an Position ${pos} von ${of}.`,
    legend: 'Fragen, in der Reihenfolge, in der sie gestellt werden',
    ask: 'Fragen',
    followUp: 'Nachfrage',
    after: (name) => `nach ${name}`,
    aspects: 'Aspekte (durch Kommas getrennt)',
    aspectsHint:
      'Der Agent wird nach dem CES in jedem Aspekt mit 1–5 bewertet. Leer lassen für keine. Freundlichkeit, Kompetenz und Schnelligkeit sind in allen Sprachen formuliert; jeder andere Aspekt braucht seine Beschriftung in jeder Sprache.',
    moveUp: (name) => `${name} nach oben`,
    up: 'Hoch',
    moveDown: (name) => `${name} nach unten`,
    down: 'Runter',
  },
  pt: {
    about: { csat: 'satisfação, 1–5', ces: 'esforço, 1–5', nps: 'recomendaria, 0–10' },
    moved: (name, pos, of) => `${name} está agora na posição ${pos} de ${of}.`,
    legend: 'Perguntas, pela ordem em que são feitas',
    ask: 'Perguntar',
    followUp: 'Seguimento',
    after: (name) => `depois de ${name}`,
    aspects: 'Aspetos (separados por vírgulas)',
    aspectsHint:
      'O agente é avaliado de 1 a 5 em cada um, depois do CES. Deixe vazio para nenhum. Cortesia, competência e rapidez estão redigidos em todas as línguas; qualquer outro aspeto pede a sua etiqueta em cada uma.',
    moveUp: (name) => `Subir ${name}`,
    up: 'Subir',
    moveDown: (name) => `Descer ${name}`,
    down: 'Descer',
  },
  pl: {
    about: { csat: 'zadowolenie, 1–5', ces: 'wysiłek, 1–5', nps: 'skłonność do polecenia, 0–10' },
    moved: (name, pos, of) => `${name} jest teraz na pozycji ${pos} z ${of}.`,
    legend: 'Pytania, w kolejności zadawania',
    ask: 'Pytaj',
    followUp: 'Pytanie uzupełniające',
    after: (name) => `po ${name}`,
    aspects: 'Aspekty (oddzielone przecinkami)',
    aspectsHint:
      'Agent dostaje ocenę 1–5 za każdy z nich, po CES. Zostaw puste, aby nie pytać o żaden. Uprzejmość, kompetencje i szybkość są przetłumaczone na każdy język; każdy inny aspekt wymaga etykiety w każdym z nich.',
    moveUp: (name) => `Przenieś ${name} wyżej`,
    up: 'W górę',
    moveDown: (name) => `Przenieś ${name} niżej`,
    down: 'W dół',
  },
  nl: {
    about: { csat: 'tevredenheid, 1–5', ces: 'moeite, 1–5', nps: 'zou aanbevelen, 0–10' },
    moved: (name, pos, of) => `${name} staat nu op positie ${pos} van ${of}.`,
    legend: 'Vragen, in de volgorde waarin ze worden gesteld',
    ask: 'Vragen',
    followUp: 'Vervolgvraag',
    after: (name) => `na ${name}`,
    aspects: 'Aspecten (gescheiden door komma’s)',
    aspectsHint:
      'De agent krijgt op elk aspect een score van 1–5, na de CES. Laat leeg voor geen. Vriendelijkheid, deskundigheid en snelheid zijn in elke taal verwoord; elk ander aspect vraagt om een label in elke taal.',
    moveUp: (name) => `${name} omhoog`,
    up: 'Omhoog',
    moveDown: (name) => `${name} omlaag`,
    down: 'Omlaag',
  },
};
