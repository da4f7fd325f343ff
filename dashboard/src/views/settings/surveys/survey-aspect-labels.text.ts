// Wording of the custom aspects' label fields (survey-aspect-labels.tsx).
import type { Text } from '../../../lib/i18n';

const en = {
  legend: (key: string) => `Labels for “${key}”`,
  hint1: 'What customers see instead of',
  hint2: (n: number) => `; needed in all ${n} languages.`,
  missing: 'Missing',
};

export const T: Text<typeof en> = {
  en,
  it: {
    legend: (key) => `Etichette per “${key}”`,
    hint1: 'Ciò che i clienti vedono al posto di',
    hint2: (n) => `; serve in tutte le ${n} lingue.`,
    missing: 'Manca',
  },
  es: {
    legend: (key) => `Etiquetas de “${key}”`,
    hint1: 'Lo que ven los clientes en lugar de',
    hint2: (n) => `; necesaria en los ${n} idiomas.`,
    missing: 'Falta',
  },
  fr: {
    legend: (key) => `Libellés de « ${key} »`,
    hint1: 'Ce que voient les clients à la place de',
    hint2: (n) => ` ; nécessaire dans les ${n} langues.`,
    missing: 'Manquant',
  },
  de: {
    legend: (key) => `Beschriftungen für „${key}“`,
    hint1: 'Was Kunden statt',
    hint2: (n) => ` sehen; in allen ${n} Sprachen nötig.`,
    missing: 'Fehlt',
  },
  pt: {
    legend: (key) => `Etiquetas de “${key}”`,
    hint1: 'O que os clientes veem em vez de',
    hint2: (n) => `; necessária nas ${n} línguas.`,
    missing: 'Em falta',
  },
  pl: {
    legend: (key) => `Etykiety dla „${key}”`,
    hint1: 'Co klienci widzą zamiast',
    hint2: (n) => `; potrzebne we wszystkich językach (${n}).`,
    missing: 'Brak',
  },
  nl: {
    legend: (key) => `Labels voor “${key}”`,
    hint1: 'Wat klanten zien in plaats van',
    hint2: (n) => `; nodig in alle ${n} talen.`,
    missing: 'Ontbreekt',
  },
};
