// Italian wording (SPEC.md table). Register: formal "Lei" throughout (le, sua, Prema, Può).
// The SPEC's CSAT wording uses the masculine generic ("soddisfatto", "Molto insoddisfatto"); every
// other string avoids gender agreement with the customer (no "aiutata", no "propenso") and with
// the agent ("chi ha seguito"), and the aspect anchors are invariable ("Insufficiente", "Eccellente").
import type { SurveyText } from './types';

export const it: SurveyText = {
  title: "Com'è andata?",
  csat: {
    prompt: "Quanto è soddisfatto dell'assistenza ricevuta?",
    labels: ['Molto insoddisfatto', 'Insoddisfatto', 'Né soddisfatto né insoddisfatto', 'Soddisfatto', 'Molto soddisfatto'],
    followUp: {
      negative: 'Che cosa è andato storto?',
      neutral: 'Che cosa avremmo potuto fare meglio?',
      positive: 'Che cosa le è piaciuto di più?',
    },
  },
  ces: {
    prompt: 'Quanto le è costato risolvere il problema nel servizio clienti?',
    labels: [
      'Molto meno di quanto pensavo',
      'Meno di quanto pensavo',
      'Quanto pensavo',
      'Più di quanto pensavo',
      'Molto più di quanto pensavo',
    ],
    followUp: {
      negative: 'Che cosa ha reso le cose più difficili del dovuto?',
      neutral: 'Che cosa avrebbe reso le cose più semplici?',
      positive: 'Che cosa ha reso le cose semplici?',
    },
  },
  nps: {
    prompt: 'Quanto è probabile che ci raccomandi a un amico o a un collega?',
    labels: ['Per niente probabile', 'Estremamente probabile'],
    followUp: {
      negative: 'Che cosa avremmo dovuto fare meglio?',
      neutral: 'Che cosa potremmo fare perché ci raccomandi?',
      positive: 'Che cosa le è piaciuto di più?',
    },
  },
  aspectsPrompt: 'Come valuta chi ha seguito la sua richiesta?',
  aspects: { courtesy: 'Cortesia', competence: 'Competenza', speed: 'Rapidità' },
  commentLabel: 'Il suo commento (facoltativo)',
  next: 'Avanti',
  send: 'Invia',
  thanks: 'Grazie per il suo riscontro!',
  dismiss: 'Chiudi',
  back: 'Indietro',
  progress: 'Domanda {n} di {m}',
  aspectAnchors: ['Insufficiente', 'Eccellente'],
  page: {
    notSent: 'Non ancora inviata: prema «Invia» per salvarla.',
    change: 'Aveva risposto «{old}». Inviando, la risposta diventerà «{new}».',
    recorded: 'La sua risposta «{old}» è registrata. Può aggiungere un commento o cambiarla.',
    more: 'Qualche altra domanda (facoltativa)',
    moreHint: 'Ogni risposta viene salvata appena la sceglie.',
    changeAnswer: 'Cambia la risposta',
    allDone: 'Tutte le sue risposte sono state salvate. Grazie!',
  },
};
