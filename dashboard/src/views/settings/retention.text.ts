// Wording of Settings → Retention (retention.tsx).
import type { Text } from '../../lib/i18n';

const en = {
  range: (min: number, max: number) =>
    `Enter a whole number of days from ${min} to ${max}, or leave it empty to keep everything.`,
  correct: 'Please correct the number of days.',
  keptAll: 'Saved: answers are kept for as long as the site exists.',
  kept: (days: number) => `Saved: answers older than ${days} days will be erased each day.`,
  title: 'Retention',
  about:
    'Once a day, responses, comments and ticket facts older than this are erased for good. The per-day counts remain, so the numbers and trends of older days still show.',
  label: 'Erase answers older than (days)',
  keepAll: 'Keep everything',
  hint: (min: number, max: number) => `${min} to ${max} days; leave it empty to keep everything.`,
  save: 'Save retention',
};

export const T: Text<typeof en> = {
  en,
  it: {
    range: (min, max) =>
      `Inserisci un numero intero di giorni da ${min} a ${max}, oppure lascia vuoto per conservare tutto.`,
    correct: 'Correggi il numero di giorni.',
    keptAll: 'Salvato: le risposte sono conservate finché il sito esiste.',
    kept: (days) => `Salvato: ogni giorno verranno cancellate le risposte più vecchie di ${days} giorni.`,
    title: 'Conservazione dei dati',
    about:
      'Una volta al giorno, risposte, commenti e dati dei ticket più vecchi di così vengono cancellati definitivamente. I conteggi giornalieri restano, quindi i numeri e gli andamenti dei giorni passati si vedono ancora.',
    label: 'Cancella le risposte più vecchie di (giorni)',
    keepAll: 'Conserva tutto',
    hint: (min, max) => `Da ${min} a ${max} giorni; lascia vuoto per conservare tutto.`,
    save: 'Salva conservazione',
  },
};
