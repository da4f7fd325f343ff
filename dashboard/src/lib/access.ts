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
  es: {
    admin: {
      label: 'Administrador',
      about:
        'Cambia la configuración, las claves API y las encuestas de sus sitios; un administrador de todos los sitios también gestiona personas y sitios.',
    },
    responder: {
      label: 'Agente de seguimiento',
      about: 'Ve todo en sus sitios y trabaja la bandeja de seguimientos: estado, responsable y nota.',
    },
    viewer: { label: 'Solo lectura', about: 'Ve todo en sus sitios y no cambia nada.' },
    allSites: 'Todos los sitios',
  },
  fr: {
    admin: {
      label: 'Administrateur',
      about:
        'Modifie les paramètres, les clés API et les enquêtes de ses sites ; un administrateur de tous les sites gère aussi les personnes et les sites.',
    },
    responder: {
      label: 'Chargé de suivi',
      about: 'Voit tout sur ses sites et traite la boîte des suivis : état, responsable et note.',
    },
    viewer: { label: 'Lecture seule', about: 'Voit tout sur ses sites et ne modifie rien.' },
    allSites: 'Tous les sites',
  },
  de: {
    admin: {
      label: 'Administrator',
      about:
        'Ändert Einstellungen, API-Schlüssel und Umfragen der eigenen Websites; ein Administrator aller Websites verwaltet auch Personen und Websites.',
    },
    responder: {
      label: 'Bearbeiter',
      about: 'Sieht alles auf den eigenen Websites und bearbeitet den Nachfass-Eingang: Status, zuständige Person und Notiz.',
    },
    viewer: { label: 'Nur lesen', about: 'Sieht alles auf den eigenen Websites und ändert nichts.' },
    allSites: 'Alle Websites',
  },
  pt: {
    admin: {
      label: 'Administrador',
      about:
        'Altera as definições, as chaves API e os inquéritos dos seus sites; um administrador de todos os sites também gere pessoas e sites.',
    },
    responder: {
      label: 'Responsável de seguimento',
      about: 'Vê tudo nos seus sites e trata a caixa de seguimentos: estado, responsável e nota.',
    },
    viewer: { label: 'Só leitura', about: 'Vê tudo nos seus sites e não altera nada.' },
    allSites: 'Todos os sites',
  },
  pl: {
    admin: {
      label: 'Administrator',
      about:
        'Zmienia ustawienia, klucze API i ankiety swoich witryn; administrator wszystkich witryn zarządza też osobami i witrynami.',
    },
    responder: {
      label: 'Obsługa zgłoszeń',
      about: 'Widzi wszystko w swoich witrynach i obsługuje skrzynkę działań następczych: stan, osobę odpowiedzialną i notatkę.',
    },
    viewer: { label: 'Tylko odczyt', about: 'Widzi wszystko w swoich witrynach i niczego nie zmienia.' },
    allSites: 'Wszystkie witryny',
  },
  nl: {
    admin: {
      label: 'Beheerder',
      about:
        'Wijzigt instellingen, API-sleutels en enquêtes van de eigen sites; een beheerder van alle sites beheert ook personen en sites.',
    },
    responder: {
      label: 'Opvolger',
      about: 'Ziet alles op de eigen sites en werkt de opvolgingsinbox af: status, eigenaar en notitie.',
    },
    viewer: { label: 'Alleen lezen', about: 'Ziet alles op de eigen sites en wijzigt niets.' },
    allSites: 'Alle sites',
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
