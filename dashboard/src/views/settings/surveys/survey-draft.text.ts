// Wording of the survey draft's checks (survey-draft.ts): aspects and the wording overrides' JSON.
import type { Text } from '../../../lib/i18n';

const en = {
  badAspect: (list: string) => `Not a valid aspect: ${list}. Use lowercase letters, digits, "-" or "_".`,
  tooMany: 'At most 12 aspects.',
  notObject: 'Wording overrides must be a JSON object, such as {"it": {"title": "…"}}.',
  notJson: (why: string) => `Wording overrides are not valid JSON: ${why}`,
};

export const T: Text<typeof en> = {
  en,
  it: {
    badAspect: (list) => `Aspetto non valido: ${list}. Usa lettere minuscole, cifre, "-" o "_".`,
    tooMany: 'Al massimo 12 aspetti.',
    notObject: 'I testi personalizzati devono essere un oggetto JSON, come {"it": {"title": "…"}}.',
    notJson: (why) => `I testi personalizzati non sono JSON valido: ${why}`,
  },
};
