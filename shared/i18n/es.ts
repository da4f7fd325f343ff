// Spanish wording (usted), following en.ts and the SPEC.md table.
import type { SurveyText } from './types';

export const es: SurveyText = {
  title: '¿Cómo ha sido nuestra atención?',
  csat: {
    prompt: '¿Cuál es su grado de satisfacción con la ayuda recibida?',
    labels: ['Muy insatisfecho', 'Insatisfecho', 'Neutral', 'Satisfecho', 'Muy satisfecho'],
    followUp: {
      negative: '¿Qué salió mal?',
      neutral: '¿Qué podríamos haber hecho mejor?',
      positive: '¿Qué es lo que más le gustó?',
    },
  },
  ces: {
    prompt: 'En comparación con lo que esperaba, ¿cuánto esfuerzo le costó resolver su problema?',
    labels: [
      'Mucho menos de lo esperado',
      'Menos de lo esperado',
      'Aproximadamente lo esperado',
      'Más de lo esperado',
      'Mucho más de lo esperado',
    ],
    followUp: {
      negative: '¿Qué lo hizo más difícil de lo necesario?',
      neutral: '¿Qué lo habría hecho más fácil?',
      positive: '¿Qué lo hizo fácil?',
    },
  },
  nps: {
    prompt: '¿Qué probabilidad hay de que nos recomiende a un amigo o colega?',
    labels: ['Nada probable', 'Extremadamente probable'],
    followUp: {
      negative: '¿Qué deberíamos haber hecho mejor?',
      neutral: '¿Qué haría falta para que nos recomendara?',
      positive: '¿Qué es lo que más le gustó?',
    },
  },
  aspectsPrompt: '¿Cómo valora al agente que le atendió?',
  aspects: { courtesy: 'Amabilidad', competence: 'Conocimientos', speed: 'Rapidez' },
  commentLabel: 'Su comentario (opcional)',
  next: 'Siguiente',
  send: 'Enviar',
  thanks: '¡Gracias por su opinión!',
  dismiss: 'Cerrar',
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
