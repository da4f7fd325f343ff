// Portuguese wording, neutral between European and Brazilian Portuguese: no "você"/"tu",
// impersonal or third-person constructions throughout. Follows en.ts and the SPEC.md table.
import type { SurveyText } from './types';

export const pt: SurveyText = {
  title: 'Como foi o nosso atendimento?',
  csat: {
    prompt: 'Qual é o seu grau de satisfação com a ajuda recebida?',
    labels: ['Muito insatisfeito', 'Insatisfeito', 'Neutro', 'Satisfeito', 'Muito satisfeito'],
    followUp: {
      negative: 'O que não funcionou bem?',
      neutral: 'O que poderíamos ter feito melhor?',
      positive: 'Do que mais gostou?',
    },
  },
  ces: {
    prompt: 'Em comparação com o que esperava, quanto esforço foi necessário para resolver o seu problema?',
    labels: [
      'Muito menos do que o esperado',
      'Menos do que o esperado',
      'Dentro do esperado',
      'Mais do que o esperado',
      'Muito mais do que o esperado',
    ],
    followUp: {
      negative: 'O que tornou o processo mais difícil do que deveria?',
      neutral: 'O que teria tornado o processo mais fácil?',
      positive: 'O que tornou o processo fácil?',
    },
  },
  nps: {
    prompt: 'Qual é a probabilidade de nos recomendar a um amigo ou colega?',
    labels: ['Nada provável', 'Extremamente provável'],
    followUp: {
      negative: 'O que deveríamos ter feito melhor?',
      neutral: 'O que aumentaria a probabilidade de nos recomendar?',
      positive: 'Do que mais gostou?',
    },
  },
  aspectsPrompt: 'Como avalia o agente que prestou o atendimento?',
  aspects: { courtesy: 'Cortesia', competence: 'Competência', speed: 'Rapidez' },
  commentLabel: 'Comentário (opcional)',
  next: 'Continuar',
  send: 'Enviar',
  thanks: 'Obrigado pela sua opinião!',
  dismiss: 'Fechar',
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
