// The response-rate view's wording (lib/i18n): English and Italian; the other languages fall back to
// English until written.
import { count, num } from '../../lib/format';
import type { Text } from '../../lib/i18n';

export interface RateWords {
  funnelCaption: string;
  issued: string;
  opened: string;
  answered: string;
  ofIssued(p: string): string;
  ofOpened(p: string): string;
  funnelTable: string;
  step: string;
  thisPeriod: string;
  previousPeriod: string;
  sourcesTable: string;
  sources: string;
  source: string;
  widget: string;
  email: string;
  all: string;
  nothing: string;
  noneBefore(what: 'issued' | 'opened', inPrev: string): string;
  inPrev(days: number): string;
  defsHeading: string;
  defs: { term: string; text: string }[];
  compared(now: string, before: string): string;
  noLinks: string;
  openTitle: string;
  answerTitle: string;
  rateTitle: string;
  openOf(opened: number, issued: number): string;
  answerOf(answered: number, opened: number): string;
  rateOf(answered: number, issued: number): string;
  stepsHeading: string;
}

const EN: RateWords = {
  funnelCaption: 'Email links: issued, opened by a person, answered',
  issued: 'Issued',
  opened: 'Opened by a person',
  answered: 'Answered',
  ofIssued: (p) => `${p} of issued`,
  ofOpened: (p) => `${p} of opened`,
  funnelTable: 'Email link funnel table',
  step: 'Step',
  thisPeriod: 'This period',
  previousPeriod: 'Previous period',
  sourcesTable: 'Answers by source table',
  sources: 'Answers by source',
  source: 'Source',
  widget: 'Widget',
  email: 'Email link',
  all: 'All answers',
  nothing: 'nothing to divide by',
  noneBefore: (what, p) => `No links ${what} ${p} to compare with`,
  inPrev: (d) => `in the previous ${count(d, { one: 'day', other: 'days' })}`,
  defsHeading: 'What the numbers mean',
  defs: [
    {
      term: 'Issued',
      text: 'Signed links made for a ticket through the API, counted on the day they were issued. Template links are not counted as issued or opened: they are built from a ticket ID, so nothing records that they were sent (their answers count under Answers by source).',
    },
    {
      term: 'Opened by a person',
      text: 'Opened: the page got a tap, click or key press; email scanners that only load the page are not counted. Sending an answer counts as opened too. Once per link, however often it is opened.',
    },
    { term: 'Answered', text: 'A person sent an answer through the link, once per link however often they change it.' },
    {
      term: 'Periods',
      text: 'Links count in the period they were issued, even when opened or answered later, so the most recent days still rise as customers catch up.',
    },
    {
      term: 'Answers by source',
      text: 'Every answer given in the period, in the widget or through an email link (signed or template), on the day it was given.',
    },
  ],
  compared: (now, before) => `${now}, compared with ${before}`,
  noLinks: 'Email links are signed, so none is counted while the filters ask for widget answers or answers without a verified ticket.',
  openTitle: 'Opened by a person',
  answerTitle: 'Answered, of opened',
  rateTitle: 'Response rate',
  openOf: (o, i) => `${num(o)} of ${count(i, { one: 'link', other: 'links' })} issued`,
  answerOf: (a, o) => `${num(a)} of ${num(o)} opened`,
  rateOf: (a, i) => `${num(a)} answered of ${count(i, { one: 'link', other: 'links' })} issued`,
  stepsHeading: 'Email links, step by step',
};

const IT: RateWords = {
  funnelCaption: 'Link email: inviati, aperti da una persona, con risposta',
  issued: 'Inviati',
  opened: 'Aperti da una persona',
  answered: 'Con risposta',
  ofIssued: (p) => `${p} degli inviati`,
  ofOpened: (p) => `${p} degli aperti`,
  funnelTable: 'Tabella del percorso dei link email',
  step: 'Passaggio',
  thisPeriod: 'Questo periodo',
  previousPeriod: 'Periodo precedente',
  sourcesTable: 'Tabella delle risposte per origine',
  sources: 'Risposte per origine',
  source: 'Origine',
  widget: 'Widget',
  email: 'Link email',
  all: 'Tutte le risposte',
  nothing: 'nessuna base su cui calcolarlo',
  noneBefore: (what, p) => `Nessun link ${what === 'issued' ? 'inviato' : 'aperto'} ${p} con cui confrontare`,
  inPrev: (d) => (d === 1 ? 'nel giorno precedente' : `nei ${num(d)} giorni precedenti`),
  defsHeading: 'Che cosa significano i numeri',
  defs: [
    {
      term: 'Inviati',
      text: 'Link firmati creati per un ticket tramite l’API, contati nel giorno in cui sono stati creati. I link da modello non vengono contati come inviati né come aperti: sono costruiti a partire dall’ID del ticket, quindi nulla registra che siano stati spediti (le loro risposte rientrano in Risposte per origine).',
    },
    {
      term: 'Aperti da una persona',
      text: 'Aperto: la pagina ha ricevuto un tocco, un clic o la pressione di un tasto; gli scanner email che si limitano a caricare la pagina non vengono contati. Anche l’invio di una risposta conta come apertura. Una volta per link, per quante volte venga aperto.',
    },
    { term: 'Con risposta', text: 'Una persona ha inviato una risposta tramite il link; una volta per link, per quante volte la modifichi.' },
    {
      term: 'Periodi',
      text: 'I link contano nel periodo in cui sono stati inviati, anche se aperti o compilati più tardi: per questo i giorni più recenti continuano a salire man mano che i clienti rispondono.',
    },
    {
      term: 'Risposte per origine',
      text: 'Tutte le risposte date nel periodo, nel widget o tramite un link email (firmato o da modello), nel giorno in cui sono state date.',
    },
  ],
  compared: (now, before) => `${now}, rispetto a ${before}`,
  noLinks: 'I link email sono firmati, quindi non ne viene contato nessuno se i filtri chiedono risposte dal widget o risposte senza ticket verificato.',
  openTitle: 'Aperti da una persona',
  answerTitle: 'Con risposta, sugli aperti',
  rateTitle: 'Tasso di risposta',
  openOf: (o, i) => `${num(o)} su ${count(i, { one: 'link inviato', other: 'link inviati' })}`,
  answerOf: (a, o) => `${num(a)} su ${count(o, { one: 'aperto', other: 'aperti' })}`,
  rateOf: (a, i) => `${num(a)} con risposta su ${count(i, { one: 'link inviato', other: 'link inviati' })}`,
  stepsHeading: 'Link email, passo per passo',
};

export const RATE_TEXT = { en: EN, it: IT } satisfies Text<RateWords>;
