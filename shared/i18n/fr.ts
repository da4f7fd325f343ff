// French wording, following en.ts and the SPEC.md table. Register: "vous" throughout.
// The CSAT labels use the usual masculine generic ("Très insatisfait"); everything else avoids
// gender: the agent is "la personne qui s’est occupée de vous", the CSAT prompt asks for a "niveau
// de satisfaction". The aspect anchors are "Médiocre" and "Excellent", the usual rating words,
// read as qualifying the rating (masculine default), not the aspect noun.
// Typography: a narrow no-break space (U+202F) before ? and !, a no-break space (U+00A0) inside « ».
import type { SurveyText } from './types';

export const fr: SurveyText = {
  title: 'Votre avis compte',
  csat: {
    prompt: 'Quel est votre niveau de satisfaction concernant l’aide reçue ?',
    labels: ['Très insatisfait', 'Insatisfait', 'Ni satisfait ni insatisfait', 'Satisfait', 'Très satisfait'],
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
  aspectsPrompt: 'Comment évaluez-vous la personne qui s’est occupée de vous ?',
  aspects: { courtesy: 'Courtoisie', competence: 'Compétence', speed: 'Rapidité' },
  commentLabel: 'Votre commentaire (facultatif)',
  next: 'Suivant',
  send: 'Envoyer',
  thanks: 'Merci pour votre avis !',
  dismiss: 'Fermer',
  back: 'Retour',
  progress: 'Question {n} sur {m}',
  aspectAnchors: ['Médiocre', 'Excellent'],
  page: {
    notSent: 'Pas encore envoyée : appuyez sur « Envoyer » pour l’enregistrer.',
    change: 'Votre réponse était « {old} ». L’envoi la remplacera par « {new} ».',
    recorded: 'Votre réponse « {old} » est enregistrée. Vous pouvez ajouter un commentaire ou la modifier.',
    more: 'Encore quelques questions (facultatives)',
    moreHint: 'Chaque réponse est enregistrée dès que vous la choisissez.',
    changeAnswer: 'Modifier votre réponse',
    allDone: 'Toutes vos réponses sont enregistrées. Merci !',
  },
};
