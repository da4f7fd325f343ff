// Spanish wording, following en.ts and the SPEC.md table. Register: "usted" throughout (su, le,
// Pulse, Puede), in neutral Spanish for Spain and Latin America. The CSAT labels use the usual
// masculine generic ("Muy insatisfecho"); everything else avoids gender: the agent is "la persona
// que le atendió" and the aspect anchors are invariable ("Deficiente", "Excelente").
import type { SurveyText } from './types';

export const es: SurveyText = {
  title: '¿Cómo ha sido nuestra atención?',
  csat: {
    prompt: '¿Cuál es su grado de satisfacción con la ayuda recibida?',
    labels: ['Muy insatisfecho', 'Insatisfecho', 'Ni satisfecho ni insatisfecho', 'Satisfecho', 'Muy satisfecho'],
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
      'Más o menos lo esperado',
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
  aspectsPrompt: '¿Cómo valora a la persona que le atendió?',
  aspects: { courtesy: 'Amabilidad', competence: 'Conocimientos', speed: 'Rapidez' },
  commentLabel: 'Su comentario (opcional)',
  next: 'Siguiente',
  send: 'Enviar',
  thanks: '¡Gracias por su opinión!',
  dismiss: 'Cerrar',
  back: 'Atrás',
  progress: 'Pregunta {n} de {m}',
  aspectAnchors: ['Deficiente', 'Excelente'],
  page: {
    notSent: 'Aún no se ha enviado. Pulse «Enviar» para registrar su respuesta.',
    change: 'Su respuesta era «{old}». Al enviar, pasará a ser «{new}».',
    recorded: 'Su respuesta «{old}» está registrada. Puede añadir un comentario o cambiarla.',
    more: 'Algunas preguntas más (opcionales)',
    moreHint: 'Cada respuesta se guarda en cuanto la elige.',
    changeAnswer: 'Cambiar su respuesta',
    allDone: 'Todas sus respuestas se han guardado. ¡Gracias!',
  },
};
