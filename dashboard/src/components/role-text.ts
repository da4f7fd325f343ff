// The roles and the sites a person has, in words of the language in force (lib/i18n), for the header
// badge and "Your account".
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
  es: {
    admin: { label: 'Administrador', about: 'Cambia ajustes, claves de API y encuestas de sus sitios; un administrador de todos los sitios gestiona además personas y sitios.' },
    responder: { label: 'Agente de seguimiento', about: 'Lee todo en sus sitios y trabaja la bandeja de seguimientos: estado, responsable y nota.' },
    viewer: { label: 'Lector', about: 'Lee todo en sus sitios y no cambia nada.' },
    all: 'Todos los sitios',
  },
  fr: {
    admin: { label: 'Administrateur', about: 'Modifie les paramètres, clés d’API et enquêtes de ses sites ; un administrateur de tous les sites gère aussi les personnes et les sites.' },
    responder: { label: 'Répondant', about: 'Lit tout sur ses sites et traite les relances : statut, responsable et note.' },
    viewer: { label: 'Lecteur', about: 'Lit tout sur ses sites et ne modifie rien.' },
    all: 'Tous les sites',
  },
  de: {
    admin: { label: 'Admin', about: 'Ändert Einstellungen, API-Schlüssel und Umfragen seiner Websites; ein Admin aller Websites verwaltet auch Personen und Websites.' },
    responder: { label: 'Bearbeiter', about: 'Liest alles auf seinen Websites und bearbeitet die Nachfass-Liste: Status, Zuständige und Notiz.' },
    viewer: { label: 'Leser', about: 'Liest alles auf seinen Websites und ändert nichts.' },
    all: 'Alle Websites',
  },
  pt: {
    admin: { label: 'Administrador', about: 'Altera definições, chaves de API e inquéritos dos seus sites; um administrador de todos os sites também gere pessoas e sites.' },
    responder: { label: 'Responsável', about: 'Lê tudo nos seus sites e trata os acompanhamentos: estado, responsável e nota.' },
    viewer: { label: 'Leitor', about: 'Lê tudo nos seus sites e não altera nada.' },
    all: 'Todos os sites',
  },
  pl: {
    admin: { label: 'Administrator', about: 'Zmienia ustawienia, klucze API i ankiety swoich witryn; administrator wszystkich witryn zarządza też osobami i witrynami.' },
    responder: { label: 'Konsultant', about: 'Czyta wszystko w swoich witrynach i obsługuje listę do oddzwonienia: status, osobę odpowiedzialną i notatkę.' },
    viewer: { label: 'Czytelnik', about: 'Czyta wszystko w swoich witrynach i niczego nie zmienia.' },
    all: 'Wszystkie witryny',
  },
  nl: {
    admin: { label: 'Beheerder', about: 'Wijzigt instellingen, API-sleutels en enquêtes van de eigen sites; een beheerder van alle sites beheert ook mensen en sites.' },
    responder: { label: 'Opvolger', about: 'Leest alles op de eigen sites en werkt de opvolglijst bij: status, eigenaar en notitie.' },
    viewer: { label: 'Lezer', about: 'Leest alles op de eigen sites en wijzigt niets.' },
    all: 'Alle sites',
  },
} satisfies Text<Record<Role, { label: string; about: string }> & { all: string }>;

export function roleText(role: Role): { label: string; about: string } {
  return tr(T)[role];
}

/** "All sites" or "acme, globex". */
export function sitesWords(sites: string[] | null): string {
  return sites === null ? tr(T).all : sites.join(', ');
}
