// Wording of Settings → New site (sites.tsx).
import type { Text } from '../../lib/i18n';

const en = {
  needOrigin: 'Add at least one origin, one per line.',
  created: (id: string) => `Created site ${id}.`,
  title: 'New site',
  about1: 'A site is one product or helpdesk with its own surveys, keys and data. It starts with the default survey,',
  id: 'Site ID',
  idHint1: 'Lowercase letters, digits, “-” or “_”; the widget’s',
  idHint2: '. It cannot be changed later.',
  name: 'Name (optional)',
  origins: 'Allowed origins, one per line',
  create: 'Create site',
  open: (name: string) => `Open the settings of ${name}`,
};

export const T: Text<typeof en> = {
  en,
  it: {
    needOrigin: 'Aggiungi almeno un’origine, una per riga.',
    created: (id) => `Sito ${id} creato.`,
    title: 'Nuovo sito',
    about1:
      'Un sito è un prodotto o un helpdesk con sondaggi, chiavi e dati propri. Parte con il sondaggio predefinito,',
    id: 'ID del sito',
    idHint1: 'Lettere minuscole, cifre, “-” o “_”; è il',
    idHint2: ' del widget. Non si può cambiare in seguito.',
    name: 'Nome (facoltativo)',
    origins: 'Origini consentite, una per riga',
    create: 'Crea sito',
    open: (name) => `Apri le impostazioni di ${name}`,
  },
};
