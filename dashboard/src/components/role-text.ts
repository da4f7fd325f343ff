// The roles and the sites a person has, in words of the language in force (lib/i18n), for the header
// badge and "Your account". English and Italian; the other languages fall back to English.
import type { Role } from '../../../shared/api';
import { tr, type Text } from '../lib/i18n';

const T = {
  en: {
    admin: {
      label: 'Admin',
      about: 'Changes settings, API keys and surveys of their sites; an admin of all sites also manages people and sites.',
    },
    responder: { label: 'Responder', about: 'Reads everything on their sites and works the follow-up inbox: status, owner and note.' },
    viewer: { label: 'Viewer', about: 'Reads everything on their sites and changes nothing.' },
    all: 'All sites',
  },
  it: {
    admin: {
      label: 'Amministratore',
      about: 'Modifica impostazioni, chiavi API e sondaggi dei propri siti; un amministratore di tutti i siti gestisce anche persone e siti.',
    },
    responder: { label: 'Operatore', about: 'Legge tutto sui propri siti e lavora i clienti da richiamare: stato, assegnatario e nota.' },
    viewer: { label: 'Lettore', about: 'Legge tutto sui propri siti e non modifica nulla.' },
    all: 'Tutti i siti',
  },
} satisfies Text<Record<Role, { label: string; about: string }> & { all: string }>;

export function roleText(role: Role): { label: string; about: string } {
  return tr(T)[role];
}

/** "All sites" or "acme, globex". */
export function sitesWords(sites: string[] | null): string {
  return sites === null ? tr(T).all : sites.join(', ');
}
