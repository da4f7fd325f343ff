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
};
