// Wording of the Settings page's frame (settings.tsx): its title, the section switch, the site line.
import type { Text } from '../../lib/i18n';

const en = {
  title: 'Settings',
  onlyAdmins: 'Only admins can see and change the settings. Your own password is under',
  yourAccount: 'Your account',
  sections: 'Settings sections',
  site: 'Site',
  people: 'People',
};

export const T: Text<typeof en> = {
  en,
  it: {
    title: 'Impostazioni',
    onlyAdmins: 'Solo gli amministratori possono vedere e modificare le impostazioni. La tua password si cambia in',
    yourAccount: 'Il tuo account',
    sections: 'Sezioni delle impostazioni',
    site: 'Sito',
    people: 'Persone',
  },
  es: {
    title: 'Configuración',
    onlyAdmins: 'Solo los administradores pueden ver y cambiar la configuración. Tu propia contraseña está en',
    yourAccount: 'Tu cuenta',
    sections: 'Secciones de la configuración',
    site: 'Sitio',
    people: 'Personas',
  },
  fr: {
    title: 'Paramètres',
    onlyAdmins: 'Seuls les administrateurs peuvent voir et modifier les paramètres. Votre mot de passe se change dans',
    yourAccount: 'Votre compte',
    sections: 'Sections des paramètres',
    site: 'Site',
    people: 'Personnes',
  },
  de: {
    title: 'Einstellungen',
    onlyAdmins: 'Nur Administratoren können die Einstellungen sehen und ändern. Ihr eigenes Passwort finden Sie unter',
    yourAccount: 'Ihr Konto',
    sections: 'Bereiche der Einstellungen',
    site: 'Website',
    people: 'Personen',
  },
  pt: {
    title: 'Definições',
    onlyAdmins: 'Só os administradores podem ver e alterar as definições. A sua palavra-passe está em',
    yourAccount: 'A sua conta',
    sections: 'Secções das definições',
    site: 'Site',
    people: 'Pessoas',
  },
  pl: {
    title: 'Ustawienia',
    onlyAdmins: 'Tylko administratorzy mogą widzieć i zmieniać ustawienia. Własne hasło zmienisz w sekcji',
    yourAccount: 'Twoje konto',
    sections: 'Sekcje ustawień',
    site: 'Witryna',
    people: 'Osoby',
  },
  nl: {
    title: 'Instellingen',
    onlyAdmins: 'Alleen beheerders kunnen de instellingen zien en wijzigen. Je eigen wachtwoord staat onder',
    yourAccount: 'Je account',
    sections: 'Onderdelen van de instellingen',
    site: 'Site',
    people: 'Personen',
  },
};
