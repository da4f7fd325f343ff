// Wording of Settings → Allowed origins and Template links and verified tickets (origins.tsx).
import type { Text } from '../../lib/i18n';

const en = {
  added: (o: string) => `Added ${o}.`,
  confirmRemove: (o: string) => `Remove ${o}? Pages there will no longer be able to send answers.`,
  removed: (o: string) => `Removed ${o}.`,
  title: 'Allowed origins',
  about: 'Web pages on these origins may embed the widget and send answers.',
  none: 'No origins yet: the widget works on no page.',
  removeOne: (o: string) => `Remove ${o}`,
  remove: 'Remove',
  toAdd: 'Origin to add',
  add: 'Add origin',
  saved: 'Saved.',
  tlTitle: 'Template links and verified tickets',
  tlAbout1: 'Unsigned email links built from the ticket ID',
  tlAbout2:
    'for helpdesks that can only insert a placeholder. Anyone who knows a ticket ID can rate that ticket, so keep them off unless you need them.',
  accept: 'Accept template links',
  refused: 'Refused anyway while verified tickets are required.',
  pattern: 'Ticket ID pattern (regular expression, optional)',
  require: 'Require verified tickets',
  requireHint1:
    'Accept only answers about a ticket your own systems vouch for: a signed email link, or a widget with a',
  requireHint2: 'signed by your server (the secret:',
  requireHint3: '). Template links are then refused.',
  save: 'Save',
};

export const T: Text<typeof en> = {
  en,
  it: {
    added: (o) => `${o} aggiunta.`,
    confirmRemove: (o) => `Rimuovere ${o}? Le pagine di quell’origine non potranno più inviare risposte.`,
    removed: (o) => `${o} rimossa.`,
    title: 'Origini consentite',
    about: 'Le pagine web di queste origini possono incorporare il widget e inviare risposte.',
    none: 'Ancora nessuna origine: il widget non funziona su nessuna pagina.',
    removeOne: (o) => `Rimuovi ${o}`,
    remove: 'Rimuovi',
    toAdd: 'Origine da aggiungere',
    add: 'Aggiungi origine',
    saved: 'Salvato.',
    tlTitle: 'Link modello e ticket verificati',
    tlAbout1: 'Link email non firmati, costruiti dall’ID del ticket',
    tlAbout2:
      'per gli helpdesk che possono inserire solo un segnaposto. Chiunque conosca l’ID di un ticket può valutarlo, quindi tienili disattivati se non ti servono.',
    accept: 'Accetta i link modello',
    refused: 'Rifiutati comunque finché sono richiesti ticket verificati.',
    pattern: 'Formato dell’ID del ticket (espressione regolare, facoltativa)',
    require: 'Richiedi ticket verificati',
    requireHint1:
      'Accetta solo risposte su un ticket garantito dai tuoi sistemi: un link email firmato, oppure un widget con un',
    requireHint2: 'firmato dal tuo server (il segreto:',
    requireHint3: '). I link modello vengono allora rifiutati.',
    save: 'Salva',
  },
};
