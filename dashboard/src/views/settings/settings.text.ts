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
};
