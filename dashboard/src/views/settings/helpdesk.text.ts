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
  es: {
    saved: 'Guardado.',
    savedNone: 'Guardado: los tickets vuelven a enlazar a este panel.',
    title: 'Enlace al helpdesk',
    about1: 'La dirección de un ticket en tu helpdesk, con',
    about2:
      'donde va el ID del ticket. Los enlaces a tickets en las vistas de seguimientos y tickets abrirán entonces el helpdesk; déjalo vacío para enlazar a la vista de tickets de este panel.',
    address: 'Dirección del ticket',
    opens: (url) => `El ticket T-1042 abre ${url}`,
    example: 'Por ejemplo',
    save: 'Guardar',
  },
  fr: {
    saved: 'Enregistré.',
    savedNone: 'Enregistré : les tickets renvoient de nouveau vers ce tableau de bord.',
    title: 'Lien vers le helpdesk',
    about1: 'L’adresse d’un ticket dans votre helpdesk, avec',
    about2:
      'à la place de l’ID du ticket. Les liens de tickets des vues Suivis et Tickets ouvrent alors le helpdesk ; laissez vide pour renvoyer vers la vue Tickets de ce tableau de bord.',
    address: 'Adresse du ticket',
    opens: (url) => `Le ticket T-1042 ouvre ${url}`,
    example: 'Par exemple',
    save: 'Enregistrer',
  },
  de: {
    saved: 'Gespeichert.',
    savedNone: 'Gespeichert: Tickets verlinken wieder auf dieses Dashboard.',
    title: 'Helpdesk-Link',
    about1: 'Die Adresse eines Tickets in Ihrem Helpdesk, mit',
    about2:
      'an der Stelle der Ticket-ID. Ticket-Links in den Ansichten Nachfassen und Tickets öffnen dann den Helpdesk; leer lassen, um auf die Ticketansicht dieses Dashboards zu verlinken.',
    address: 'Ticket-Adresse',
    opens: (url) => `Ticket T-1042 öffnet ${url}`,
    example: 'Zum Beispiel',
    save: 'Speichern',
  },
  pt: {
    saved: 'Guardado.',
    savedNone: 'Guardado: os tickets voltam a ligar para este painel.',
    title: 'Ligação ao helpdesk',
    about1: 'O endereço de um ticket no seu helpdesk, com',
    about2:
      'no lugar do ID do ticket. As ligações dos tickets nas vistas de seguimentos e de tickets abrem então o helpdesk; deixe vazio para ligar à vista de tickets deste painel.',
    address: 'Endereço do ticket',
    opens: (url) => `O ticket T-1042 abre ${url}`,
    example: 'Por exemplo',
    save: 'Guardar',
  },
  pl: {
    saved: 'Zapisano.',
    savedNone: 'Zapisano: zgłoszenia znów prowadzą do tego panelu.',
    title: 'Link do helpdesku',
    about1: 'Adres zgłoszenia w Twoim helpdesku, z',
    about2:
      'w miejscu ID zgłoszenia. Linki do zgłoszeń w widokach działań następczych i zgłoszeń otworzą wtedy helpdesk; zostaw puste, aby prowadziły do widoku zgłoszeń w tym panelu.',
    address: 'Adres zgłoszenia',
    opens: (url) => `Zgłoszenie T-1042 otwiera ${url}`,
    example: 'Na przykład',
    save: 'Zapisz',
  },
  nl: {
    saved: 'Opgeslagen.',
    savedNone: 'Opgeslagen: tickets linken weer naar dit dashboard.',
    title: 'Helpdesklink',
    about1: 'Het adres van een ticket in je helpdesk, met',
    about2:
      'waar het ticket-ID komt. Ticketlinks in de weergaven Opvolging en Tickets openen dan de helpdesk; laat leeg om naar de ticketweergave van dit dashboard te linken.',
    address: 'Ticketadres',
    opens: (url) => `Ticket T-1042 opent ${url}`,
    example: 'Bijvoorbeeld',
    save: 'Opslaan',
  },
};
