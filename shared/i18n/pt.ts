// Portuguese wording, following en.ts and the SPEC.md table. Register: neutral between European
// and Brazilian Portuguese: no "você"/"tu", third-person forms throughout ("Em comparação com o
// que esperava", "Pode", "a sua"), and no word that differs between the two (no "registar/
// registrar", "ecrã/tela"). The CSAT labels use the usual masculine generic ("Muito insatisfeito");
// everything else avoids gender: the agent is "a pessoa que prestou o atendimento", and the
// aspect anchors are invariable ("Insuficiente", "Excelente").
import type { SurveyText } from './types';

export const pt: SurveyText = {
  title: 'Como foi o nosso atendimento?',
  csat: {
    prompt: 'Qual é o seu grau de satisfação com a ajuda recebida?',
    labels: ['Muito insatisfeito', 'Insatisfeito', 'Nem satisfeito nem insatisfeito', 'Satisfeito', 'Muito satisfeito'],
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
  aspectsPrompt: 'Como avalia a pessoa que prestou o atendimento?',
  aspects: { courtesy: 'Cortesia', competence: 'Competência', speed: 'Rapidez' },
  commentLabel: 'Comentário (opcional)',
  next: 'Continuar',
  send: 'Enviar',
  thanks: 'Obrigado pela sua opinião!',
  dismiss: 'Fechar',
  back: 'Voltar',
  progress: 'Pergunta {n} de {m}',
  aspectAnchors: ['Insuficiente', 'Excelente'],
  page: {
    notSent: 'Ainda não foi enviada: clique em “Enviar” para confirmar.',
    change: 'A sua resposta era “{old}”. Ao enviar, passa a ser “{new}”.',
    recorded: 'A sua resposta “{old}” foi recebida. Pode acrescentar um comentário ou alterá-la.',
    more: 'Mais algumas perguntas (opcionais)',
    moreHint: 'Cada resposta fica gravada assim que é escolhida.',
    changeAnswer: 'Alterar a resposta',
    allDone: 'Todas as respostas foram gravadas. Obrigado!',
  },
};
