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
  es: {
    role: 'Rol',
    sites: 'Sitios',
    all: 'Todos los sitios, incluidos los que se añadan después',
    some: 'Solo algunos sitios',
    which: 'Qué sitios',
  },
  fr: {
    role: 'Rôle',
    sites: 'Sites',
    all: 'Tous les sites, y compris ceux ajoutés plus tard',
    some: 'Seulement certains sites',
    which: 'Quels sites',
  },
  de: {
    role: 'Rolle',
    sites: 'Websites',
    all: 'Alle Websites, auch später hinzugefügte',
    some: 'Nur bestimmte Websites',
    which: 'Welche Websites',
  },
  pt: {
    role: 'Função',
    sites: 'Sites',
    all: 'Todos os sites, incluindo os adicionados mais tarde',
    some: 'Apenas alguns sites',
    which: 'Que sites',
  },
  pl: {
    role: 'Rola',
    sites: 'Witryny',
    all: 'Wszystkie witryny, także dodane później',
    some: 'Tylko wybrane witryny',
    which: 'Które witryny',
  },
  nl: {
    role: 'Rol',
    sites: 'Sites',
    all: 'Alle sites, ook sites die later worden toegevoegd',
    some: 'Alleen bepaalde sites',
    which: 'Welke sites',
  },
};
