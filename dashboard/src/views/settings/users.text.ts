// Wording of Settings → People (users.tsx): the people table and "Add a person".
import type { Text } from '../../lib/i18n';

const en = {
  title: 'People',
  about: 'Who may sign in to this dashboard, with what role, for which sites.',
  table: 'People table',
  caption: 'People who may sign in',
  email: 'Email',
  role: 'Role',
  sites: 'Sites',
  status: 'Status',
  actions: 'Actions',
  you: 'you',
  disabled: 'Disabled',
  active: 'Active',
  manageOne: (email: string) => `Manage ${email}`,
  manage: 'Manage',
  needEmail: 'Enter their email address.',
  short: 'Use at least 12 characters.',
  needSite: 'Choose at least one site, or All sites.',
  correct: 'Please correct the fields marked above.',
  added: (who: string, role: string, sites: string[] | null) =>
    `Added ${who} as ${role.toLowerCase()} of ${sites ? sites.join(', ') : 'all sites'}.`,
  addTitle: 'Add a person',
  password: 'Password',
  passwordHint: 'At least 12 characters; they can change it under Your account.',
  add: 'Add person',
};

export const T: Text<typeof en> = {
  en,
  it: {
    title: 'Persone',
    about: 'Chi può accedere a questa dashboard, con quale ruolo e per quali siti.',
    table: 'Tabella delle persone',
    caption: 'Persone che possono accedere',
    email: 'Email',
    role: 'Ruolo',
    sites: 'Siti',
    status: 'Stato',
    actions: 'Azioni',
    you: 'tu',
    disabled: 'Disattivato',
    active: 'Attivo',
    manageOne: (email) => `Gestisci ${email}`,
    manage: 'Gestisci',
    needEmail: 'Inserisci il suo indirizzo email.',
    short: 'Usa almeno 12 caratteri.',
    needSite: 'Scegli almeno un sito, oppure Tutti i siti.',
    correct: 'Correggi i campi indicati sopra.',
    added: (who, role, sites) =>
      `Hai aggiunto ${who} con ruolo ${role} per ${sites ? sites.join(', ') : 'tutti i siti'}.`,
    addTitle: 'Aggiungi una persona',
    password: 'Password',
    passwordHint: 'Almeno 12 caratteri; potrà cambiarla in Il tuo account.',
    add: 'Aggiungi persona',
  },
};
