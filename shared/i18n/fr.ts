// French wording (vous), following en.ts and the SPEC.md table.
// Before ? and ! there is a narrow no-break space (U+202F), as French typography requires.
import type { SurveyText } from './types';

export const fr: SurveyText = {
  title: 'Votre avis compte',
  csat: {
    prompt: 'Quel est votre niveau de satisfaction concernant l’aide reçue ?',
    labels: ['Très insatisfait', 'Insatisfait', 'Neutre', 'Satisfait', 'Très satisfait'],
    followUp: {
      negative: 'Qu’est-ce qui n’a pas fonctionné ?',
      neutral: 'Qu’aurions-nous pu faire de mieux ?',
      positive: 'Qu’avez-vous le plus apprécié ?',
    },
  },
  ces: {
    prompt: 'Par rapport à vos attentes, quel effort avez-vous dû fournir pour résoudre votre problème ?',
    labels: [
      'Beaucoup moins que prévu',
      'Moins que prévu',
      'À peu près comme prévu',
      'Plus que prévu',
      'Beaucoup plus que prévu',
    ],
    followUp: {
      negative: 'Qu’est-ce qui a rendu les choses plus difficiles que nécessaire ?',
      neutral: 'Qu’est-ce qui vous aurait simplifié la tâche ?',
      positive: 'Qu’est-ce qui vous a facilité la tâche ?',
    },
  },
  nps: {
    prompt: 'Quelle est la probabilité que vous nous recommandiez à un ami ou à un collègue ?',
    labels: ['Pas du tout probable', 'Extrêmement probable'],
    followUp: {
      negative: 'Qu’aurions-nous dû faire de mieux ?',
      neutral: 'Qu’est-ce qui vous inciterait davantage à nous recommander ?',
      positive: 'Qu’avez-vous le plus apprécié ?',
    },
  },
  aspectsPrompt: 'Comment évaluez-vous le conseiller qui s’est occupé de vous ?',
  aspects: { courtesy: 'Courtoisie', competence: 'Compétence', speed: 'Rapidité' },
  commentLabel: 'Votre commentaire (facultatif)',
  next: 'Suivant',
  send: 'Envoyer',
  thanks: 'Merci pour votre avis !',
  dismiss: 'Fermer',
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
