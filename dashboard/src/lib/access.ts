// What the signed-in person may do, to show only the controls the API will accept: the same rules
// (shared/api.ts) that the worker's middleware/session enforces. Also the roles' names in every language.
import { isOwner, worksFollowUps as roleWorksFollowUps, type Me, type Role } from '../../../shared/api';
import { tr, type Text } from './i18n';

export { isOwner };

/** Changes a site's settings, keys and surveys (of the sites they have). */
export const isAdmin = (me: Me): boolean => me.role === 'admin';

/** Changes a follow-up's status, owner and note. */
export const worksFollowUps = (me: Me): boolean => roleWorksFollowUps(me.role);

type RoleWords = Record<Role, { label: string; about: string }> & { allSites: string };

export const ROLE_TEXT: Text<RoleWords> = {
  en: {
    admin: {
      label: 'Admin',
      about:
        'Changes settings, API keys and surveys of their sites; an admin of all sites also manages people and sites.',
    },
    responder: {
      label: 'Responder',
      about: 'Reads everything on their sites and works the follow-up inbox: status, owner and note.',
    },
    viewer: { label: 'Viewer', about: 'Reads everything on their sites and changes nothing.' },
    allSites: 'All sites',
  },
  it: {
    admin: {
      label: 'Amministratore',
      about:
        'Modifica impostazioni, chiavi API e sondaggi dei propri siti; un amministratore di tutti i siti gestisce anche persone e siti.',
    },
    responder: {
      label: 'Operatore',
      about: 'Vede tutto sui propri siti e lavora la casella dei follow-up: stato, responsabile e nota.',
    },
    viewer: { label: 'Sola lettura', about: 'Vede tutto sui propri siti e non modifica nulla.' },
    allSites: 'Tutti i siti',
  },
};

/** Each role's name and what it may do, in the current language (read at render time, never cached). */
export const ROLE_INFO: Record<Role, { label: string; about: string }> = {
  get admin() {
    return tr(ROLE_TEXT).admin;
  },
  get responder() {
    return tr(ROLE_TEXT).responder;
  },
  get viewer() {
    return tr(ROLE_TEXT).viewer;
  },
};

/** "All sites" or "acme, globex". */
export function sitesText(sites: string[] | null): string {
  return sites === null ? tr(ROLE_TEXT).allSites : sites.join(', ');
}
