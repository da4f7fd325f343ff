// Wording of Settings → Helpdesk link (helpdesk.tsx).
import type { Text } from '../../lib/i18n';

const en = {
  saved: 'Saved.',
  savedNone: 'Saved: tickets link to this dashboard again.',
  title: 'Helpdesk link',
  about1: 'The address of a ticket in your helpdesk, with',
  about2:
    'where the ticket ID goes. Ticket links in the follow-ups and tickets views then open the helpdesk; leave it empty to link to this dashboard’s ticket view.',
  address: 'Ticket address',
  opens: (url: string) => `Ticket T-1042 opens ${url}`,
  example: 'For example',
  save: 'Save',
};

export const T: Text<typeof en> = {
  en,
  it: {
    saved: 'Salvato.',
    savedNone: 'Salvato: i ticket rimandano di nuovo a questa dashboard.',
    title: 'Link all’helpdesk',
    about1: 'L’indirizzo di un ticket nel tuo helpdesk, con',
    about2:
      'al posto dell’ID del ticket. I link ai ticket nelle viste follow-up e ticket apriranno l’helpdesk; lascia vuoto per rimandare alla vista ticket di questa dashboard.',
    address: 'Indirizzo del ticket',
    opens: (url) => `Il ticket T-1042 apre ${url}`,
    example: 'Per esempio',
    save: 'Salva',
  },
};
