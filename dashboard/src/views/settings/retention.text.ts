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
  es: {
    range: (min, max) =>
      `Introduce un número entero de días entre ${min} y ${max}, o déjalo vacío para conservarlo todo.`,
    correct: 'Corrige el número de días.',
    keptAll: 'Guardado: las respuestas se conservan mientras exista el sitio.',
    kept: (days) => `Guardado: cada día se borrarán las respuestas de más de ${days} días.`,
    title: 'Conservación de datos',
    about:
      'Una vez al día, las respuestas, comentarios y datos de tickets más antiguos se borran definitivamente. Los recuentos diarios se mantienen, así que las cifras y tendencias de días anteriores siguen visibles.',
    label: 'Borrar respuestas de más de (días)',
    keepAll: 'Conservar todo',
    hint: (min, max) => `De ${min} a ${max} días; déjalo vacío para conservarlo todo.`,
    save: 'Guardar conservación',
  },
  fr: {
    range: (min, max) =>
      `Saisissez un nombre entier de jours entre ${min} et ${max}, ou laissez vide pour tout conserver.`,
    correct: 'Corrigez le nombre de jours.',
    keptAll: 'Enregistré : les réponses sont conservées tant que le site existe.',
    kept: (days) => `Enregistré : les réponses de plus de ${days} jours seront effacées chaque jour.`,
    title: 'Conservation des données',
    about:
      'Une fois par jour, les réponses, commentaires et informations de tickets plus anciens sont définitivement effacés. Les décomptes par jour restent, donc les chiffres et tendances des jours passés restent visibles.',
    label: 'Effacer les réponses de plus de (jours)',
    keepAll: 'Tout conserver',
    hint: (min, max) => `De ${min} à ${max} jours ; laissez vide pour tout conserver.`,
    save: 'Enregistrer la conservation',
  },
  de: {
    range: (min, max) =>
      `Geben Sie eine ganze Zahl von Tagen zwischen ${min} und ${max} ein, oder lassen Sie das Feld leer, um alles zu behalten.`,
    correct: 'Bitte korrigieren Sie die Anzahl der Tage.',
    keptAll: 'Gespeichert: Antworten werden aufbewahrt, solange die Website besteht.',
    kept: (days) => `Gespeichert: Antworten, die älter als ${days} Tage sind, werden täglich gelöscht.`,
    title: 'Aufbewahrung',
    about:
      'Einmal täglich werden ältere Antworten, Kommentare und Ticketangaben endgültig gelöscht. Die Tageszählungen bleiben, sodass Zahlen und Trends älterer Tage weiterhin sichtbar sind.',
    label: 'Antworten löschen, die älter sind als (Tage)',
    keepAll: 'Alles behalten',
    hint: (min, max) => `${min} bis ${max} Tage; leer lassen, um alles zu behalten.`,
    save: 'Aufbewahrung speichern',
  },
  pt: {
    range: (min, max) =>
      `Introduza um número inteiro de dias entre ${min} e ${max}, ou deixe vazio para guardar tudo.`,
    correct: 'Corrija o número de dias.',
    keptAll: 'Guardado: as respostas são mantidas enquanto o site existir.',
    kept: (days) => `Guardado: as respostas com mais de ${days} dias serão apagadas todos os dias.`,
    title: 'Conservação de dados',
    about:
      'Uma vez por dia, as respostas, comentários e dados de tickets mais antigos são apagados definitivamente. As contagens diárias mantêm-se, por isso os números e tendências dos dias anteriores continuam visíveis.',
    label: 'Apagar respostas com mais de (dias)',
    keepAll: 'Guardar tudo',
    hint: (min, max) => `De ${min} a ${max} dias; deixe vazio para guardar tudo.`,
    save: 'Guardar conservação',
  },
  pl: {
    range: (min, max) =>
      `Podaj całkowitą liczbę dni od ${min} do ${max} albo zostaw puste, aby zachować wszystko.`,
    correct: 'Popraw liczbę dni.',
    keptAll: 'Zapisano: odpowiedzi są przechowywane, dopóki istnieje witryna.',
    kept: (days) => `Zapisano: odpowiedzi starsze niż ${days} dni będą codziennie usuwane.`,
    title: 'Przechowywanie danych',
    about:
      'Raz dziennie starsze odpowiedzi, komentarze i dane zgłoszeń są trwale usuwane. Dzienne liczniki zostają, więc liczby i trendy z wcześniejszych dni nadal są widoczne.',
    label: 'Usuwaj odpowiedzi starsze niż (dni)',
    keepAll: 'Zachowaj wszystko',
    hint: (min, max) => `Od ${min} do ${max} dni; zostaw puste, aby zachować wszystko.`,
    save: 'Zapisz przechowywanie',
  },
  nl: {
    range: (min, max) =>
      `Vul een heel aantal dagen in van ${min} tot ${max}, of laat het leeg om alles te bewaren.`,
    correct: 'Corrigeer het aantal dagen.',
    keptAll: 'Opgeslagen: antwoorden worden bewaard zolang de site bestaat.',
    kept: (days) => `Opgeslagen: antwoorden ouder dan ${days} dagen worden elke dag gewist.`,
    title: 'Bewaartermijn',
    about:
      'Eén keer per dag worden oudere antwoorden, opmerkingen en ticketgegevens definitief gewist. De tellingen per dag blijven, dus de cijfers en trends van oudere dagen blijven zichtbaar.',
    label: 'Antwoorden wissen ouder dan (dagen)',
    keepAll: 'Alles bewaren',
    hint: (min, max) => `${min} tot ${max} dagen; laat leeg om alles te bewaren.`,
    save: 'Bewaartermijn opslaan',
  },
};
