// Polish wording, following en.ts and the SPEC.md table. Register: the informal "Ty" forms usual in
// Polish customer surveys ("Jak oceniasz…", "polecisz"), capitalised as a courtesy (Ci, Cię, Twój)
// throughout. Gendered past-tense forms are avoided (CES labels: impersonal "niż oczekiwano"; "Twoja
// odpowiedź to…"); only the CSAT labels keep the usual masculine generic ("Bardzo niezadowolony").
// The agent is "osoba, która Ci pomogła"; the aspect anchors are adverbs ("Słabo", "Doskonale"),
// which do not agree with the aspect noun.
import type { SurveyText } from './types';

export const pl: SurveyText = {
  title: 'Jak się spisaliśmy?',
  csat: {
    prompt: 'Jaki jest Twój poziom zadowolenia z otrzymanej pomocy?',
    labels: ['Bardzo niezadowolony', 'Niezadowolony', 'Ani zadowolony, ani niezadowolony', 'Zadowolony', 'Bardzo zadowolony'],
    followUp: {
      negative: 'Co poszło nie tak?',
      neutral: 'Co mogliśmy zrobić lepiej?',
      positive: 'Co podobało Ci się najbardziej?',
    },
  },
  ces: {
    prompt: 'W porównaniu z Twoimi oczekiwaniami: ile wysiłku wymagało rozwiązanie problemu?',
    labels: [
      'Znacznie mniej, niż oczekiwano',
      'Mniej, niż oczekiwano',
      'Zgodnie z oczekiwaniami',
      'Więcej, niż oczekiwano',
      'Znacznie więcej, niż oczekiwano',
    ],
    followUp: {
      negative: 'Co sprawiło, że było trudniej, niż powinno?',
      neutral: 'Co mogłoby to ułatwić?',
      positive: 'Co sprawiło, że było łatwo?',
    },
  },
  nps: {
    prompt: 'Jak prawdopodobne jest, że polecisz nas znajomemu lub współpracownikowi?',
    labels: ['Bardzo mało prawdopodobne', 'Bardzo prawdopodobne'],
    followUp: {
      negative: 'Co powinniśmy byli zrobić lepiej?',
      neutral: 'Co mogłoby Cię zachęcić do polecenia nas?',
      positive: 'Co podobało Ci się najbardziej?',
    },
  },
  aspectsPrompt: 'Jak oceniasz osobę, która Ci pomogła?',
  aspects: { courtesy: 'Uprzejmość', competence: 'Kompetencje', speed: 'Szybkość' },
  commentLabel: 'Twój komentarz (opcjonalnie)',
  next: 'Dalej',
  send: 'Wyślij',
  thanks: 'Dziękujemy za opinię!',
  dismiss: 'Zamknij',
  back: 'Wstecz',
  progress: 'Pytanie {n} z {m}',
  aspectAnchors: ['Słabo', 'Doskonale'],
  page: {
    notSent: 'Jeszcze nie wysłano. Naciśnij „Wyślij”, aby zapisać.',
    change: 'Twoja odpowiedź to „{old}”. Po wysłaniu zmieni się na „{new}”.',
    recorded: 'Twoja odpowiedź „{old}” jest zapisana. Możesz dodać komentarz lub ją zmienić.',
    more: 'Jeszcze kilka pytań (opcjonalnie)',
    moreHint: 'Każda odpowiedź zapisuje się od razu po wybraniu.',
    changeAnswer: 'Zmień odpowiedź',
    allDone: 'Wszystkie Twoje odpowiedzi są zapisane. Dziękujemy!',
  },
};
