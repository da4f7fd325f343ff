// Dutch wording (u), following en.ts and the SPEC.md table.
import type { SurveyText } from './types';

export const nl: SurveyText = {
  title: 'Hoe was onze service?',
  csat: {
    prompt: 'Hoe tevreden bent u over de hulp die u hebt gekregen?',
    labels: ['Zeer ontevreden', 'Ontevreden', 'Neutraal', 'Tevreden', 'Zeer tevreden'],
    followUp: {
      negative: 'Wat ging er mis?',
      neutral: 'Wat hadden we beter kunnen doen?',
      positive: 'Wat vond u het beste?',
    },
  },
  ces: {
    prompt: 'Hoeveel moeite kostte het om uw probleem op te lossen, vergeleken met wat u had verwacht?',
    labels: [
      'Veel minder dan verwacht',
      'Minder dan verwacht',
      'Ongeveer zoals verwacht',
      'Meer dan verwacht',
      'Veel meer dan verwacht',
    ],
    followUp: {
      negative: 'Wat maakte het moeilijker dan nodig?',
      neutral: 'Wat had het makkelijker gemaakt?',
      positive: 'Wat maakte het makkelijk?',
    },
  },
  nps: {
    prompt: 'Hoe waarschijnlijk is het dat u ons zou aanbevelen aan een vriend of collega?',
    labels: ['Zeer onwaarschijnlijk', 'Zeer waarschijnlijk'],
    followUp: {
      negative: 'Wat hadden we beter moeten doen?',
      neutral: 'Wat zou ervoor zorgen dat u ons eerder aanbeveelt?',
      positive: 'Wat vond u het beste?',
    },
  },
  aspectsPrompt: 'Hoe beoordeelt u de medewerker die u heeft geholpen?',
  aspects: { courtesy: 'Vriendelijkheid', competence: 'Deskundigheid', speed: 'Snelheid' },
  commentLabel: 'Uw opmerkingen (optioneel)',
  next: 'Volgende',
  send: 'Versturen',
  thanks: 'Bedankt voor uw feedback!',
  dismiss: 'Sluiten',
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
