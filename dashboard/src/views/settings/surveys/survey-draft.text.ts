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
  es: {
    badAspect: (list) => `Aspecto no válido: ${list}. Usa letras minúsculas, dígitos, "-" o "_".`,
    tooMany: 'Como máximo 12 aspectos.',
    notObject: 'Los textos personalizados deben ser un objeto JSON, como {"it": {"title": "…"}}.',
    notJson: (why) => `Los textos personalizados no son JSON válido: ${why}`,
  },
  fr: {
    badAspect: (list) => `Aspect non valide : ${list}. Utilisez des minuscules, des chiffres, "-" ou "_".`,
    tooMany: '12 aspects au maximum.',
    notObject: 'Les textes personnalisés doivent être un objet JSON, comme {"it": {"title": "…"}}.',
    notJson: (why) => `Les textes personnalisés ne sont pas du JSON valide : ${why}`,
  },
  de: {
    badAspect: (list) => `Kein gültiger Aspekt: ${list}. Verwenden Sie Kleinbuchstaben, Ziffern, "-" oder "_".`,
    tooMany: 'Höchstens 12 Aspekte.',
    notObject: 'Eigene Texte müssen ein JSON-Objekt sein, etwa {"it": {"title": "…"}}.',
    notJson: (why) => `Eigene Texte sind kein gültiges JSON: ${why}`,
  },
  pt: {
    badAspect: (list) => `Aspeto inválido: ${list}. Use letras minúsculas, algarismos, "-" ou "_".`,
    tooMany: 'No máximo 12 aspetos.',
    notObject: 'Os textos personalizados têm de ser um objeto JSON, como {"it": {"title": "…"}}.',
    notJson: (why) => `Os textos personalizados não são JSON válido: ${why}`,
  },
  pl: {
    badAspect: (list) => `Nieprawidłowy aspekt: ${list}. Użyj małych liter, cyfr, "-" lub "_".`,
    tooMany: 'Najwyżej 12 aspektów.',
    notObject: 'Własne teksty muszą być obiektem JSON, np. {"it": {"title": "…"}}.',
    notJson: (why) => `Własne teksty nie są poprawnym JSON-em: ${why}`,
  },
  nl: {
    badAspect: (list) => `Geen geldig aspect: ${list}. Gebruik kleine letters, cijfers, "-" of "_".`,
    tooMany: 'Maximaal 12 aspecten.',
    notObject: 'Eigen teksten moeten een JSON-object zijn, zoals {"it": {"title": "…"}}.',
    notJson: (why) => `Eigen teksten zijn geen geldige JSON: ${why}`,
  },
};
