// German wording (Sie), following en.ts and the SPEC.md table.
import type { SurveyText } from './types';

export const de: SurveyText = {
  title: 'Wie war unser Service?',
  csat: {
    prompt: 'Wie zufrieden sind Sie mit der erhaltenen Unterstützung?',
    labels: ['Sehr unzufrieden', 'Unzufrieden', 'Neutral', 'Zufrieden', 'Sehr zufrieden'],
    followUp: {
      negative: 'Was ist schiefgelaufen?',
      neutral: 'Was hätten wir besser machen können?',
      positive: 'Was hat Ihnen am besten gefallen?',
    },
  },
  ces: {
    prompt: 'Verglichen mit Ihren Erwartungen: Wie viel Aufwand war nötig, um Ihr Anliegen zu lösen?',
    labels: [
      'Viel weniger als erwartet',
      'Weniger als erwartet',
      'Etwa wie erwartet',
      'Mehr als erwartet',
      'Viel mehr als erwartet',
    ],
    followUp: {
      negative: 'Was hat es schwieriger gemacht als nötig?',
      neutral: 'Was hätte es Ihnen leichter gemacht?',
      positive: 'Was hat es Ihnen leicht gemacht?',
    },
  },
  nps: {
    prompt: 'Wie wahrscheinlich ist es, dass Sie uns einem Freund oder Kollegen weiterempfehlen?',
    labels: ['Überhaupt nicht wahrscheinlich', 'Äußerst wahrscheinlich'],
    followUp: {
      negative: 'Was hätten wir besser machen sollen?',
      neutral: 'Was würde Sie eher dazu bewegen, uns weiterzuempfehlen?',
      positive: 'Was hat Ihnen am besten gefallen?',
    },
  },
  aspectsPrompt: 'Wie bewerten Sie die Person, die Ihnen geholfen hat?',
  aspects: { courtesy: 'Freundlichkeit', competence: 'Fachkompetenz', speed: 'Schnelligkeit' },
  commentLabel: 'Ihr Kommentar (optional)',
  next: 'Weiter',
  send: 'Senden',
  thanks: 'Vielen Dank für Ihr Feedback!',
  dismiss: 'Schließen',
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
