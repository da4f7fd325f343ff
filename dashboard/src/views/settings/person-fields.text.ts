// Wording of the role and sites fields (person-fields.tsx); the roles' own names are in lib/access.ts.
import type { Text } from '../../lib/i18n';

const en = {
  role: 'Role',
  sites: 'Sites',
  all: 'All sites, including sites added later',
  some: 'Only some sites',
  which: 'Which sites',
};

export const T: Text<typeof en> = {
  en,
  it: {
    role: 'Ruolo',
    sites: 'Siti',
    all: 'Tutti i siti, anche quelli aggiunti in seguito',
    some: 'Solo alcuni siti',
    which: 'Quali siti',
  },
};
