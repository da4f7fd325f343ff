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
};
