// Polish wording, following en.ts and the SPEC.md table. Register: the informal "Ty" forms common
// in Polish SaaS surveys ("Jak oceniasz…"), capitalised as a courtesy (Ci, Twój), avoiding
// gendered past-tense verb forms; CES labels use impersonal forms ("niż oczekiwano").
import type { SurveyText } from './types';

export const pl: SurveyText = {
  title: 'Jak się spisaliśmy?',
  csat: {
    prompt: 'Jaki jest Twój poziom zadowolenia z otrzymanej pomocy?',
    labels: ['Bardzo niezadowolony', 'Niezadowolony', 'Neutralny', 'Zadowolony', 'Bardzo zadowolony'],
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
    labels: ['Zupełnie nieprawdopodobne', 'Bardzo prawdopodobne'],
    followUp: {
      negative: 'Co powinniśmy byli zrobić lepiej?',
      neutral: 'Co mogłoby zachęcić Cię do polecenia nas?',
      positive: 'Co podobało Ci się najbardziej?',
    },
  },
  aspectsPrompt: 'Jak oceniasz konsultanta, który Ci pomógł?',
  aspects: { courtesy: 'Uprzejmość', competence: 'Kompetencje', speed: 'Szybkość' },
  commentLabel: 'Twój komentarz (opcjonalnie)',
  next: 'Dalej',
  send: 'Wyślij',
  thanks: 'Dziękujemy za opinię!',
  dismiss: 'Zamknij',
  back: 'Back',
  progress: 'Question {n} of {m}',
  aspectAnchors: ['Poor', 'Excellent'],
  page: {
    notSent: 'Not sent yet: press “Send” to save it.',
    change: 'You answered “{old}”. Sending will change it to “{new}”.',
    recorded: 'Your answer “{old}” is recorded. You can add a comment or change it.',
    more: 'A few more questions (optional)',
    moreHint: 'Each answer is saved as you choose it.',
    changeAnswer: 'Change your answer',
    allDone: 'All your answers are saved. Thank you!',
  },
};
