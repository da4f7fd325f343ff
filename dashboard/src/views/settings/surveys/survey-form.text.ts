// Wording of one survey's form (survey-form.tsx).
import type { Text } from '../../../lib/i18n';

const en = {
  badId: 'Survey ID: use 1–63 lowercase letters, digits, "-" or "_".',
  exists: (id: string) => `Survey ID: "${id}" exists already; choose it in the list to change it.`,
  aspects: (why: string) => `Aspects: ${why}`,
  notSaved: 'The survey was not saved:',
  savedNew: (id: string) => `Saved the new survey “${id}”.`,
  saved: 'Saved.',
  survey: (id: string) => `Survey ${id}`,
  newSurvey: 'New survey',
  newId: 'New survey ID',
  idHint: 'Lowercase letters, digits, “-” or “_”; the widget’s',
  defaultLang: 'Default language',
  langHint: 'Used when the visitor’s browser asks for none of the survey’s languages.',
  overrides: 'Wording overrides (JSON)',
  overridesHint1: 'Per language code, any of the texts below, e.g.',
  overridesHint2: 'Leave',
  overridesHint3: 'for the shipped wording. Labels of custom aspects have their own fields above.',
  english: 'The English wording and its keys',
  englishJson: 'English wording, JSON',
  save: 'Save survey',
  tickAsk: 'Tick “Ask” on at least one question to save.',
};

export const T: Text<typeof en> = {
  en,
  it: {
    badId: 'ID del sondaggio: usa da 1 a 63 lettere minuscole, cifre, "-" o "_".',
    exists: (id) => `ID del sondaggio: "${id}" esiste già; sceglilo nell’elenco per modificarlo.`,
    aspects: (why) => `Aspetti: ${why}`,
    notSaved: 'Il sondaggio non è stato salvato:',
    savedNew: (id) => `Nuovo sondaggio “${id}” salvato.`,
    saved: 'Salvato.',
    survey: (id) => `Sondaggio ${id}`,
    newSurvey: 'Nuovo sondaggio',
    newId: 'ID del nuovo sondaggio',
    idHint: 'Lettere minuscole, cifre, “-” o “_”; è il valore di',
    defaultLang: 'Lingua predefinita',
    langHint: 'Usata quando il browser del visitatore non chiede nessuna delle lingue del sondaggio.',
    overrides: 'Testi personalizzati (JSON)',
    overridesHint1: 'Per codice di lingua, uno qualsiasi dei testi qui sotto, per esempio',
    overridesHint2: 'Lascia',
    overridesHint3:
      'per i testi standard. Le etichette degli aspetti personalizzati hanno i propri campi qui sopra.',
    english: 'I testi inglesi e le loro chiavi',
    englishJson: 'Testi inglesi, JSON',
    save: 'Salva sondaggio',
    tickAsk: 'Spunta “Chiedi” su almeno una domanda per salvare.',
  },
};
