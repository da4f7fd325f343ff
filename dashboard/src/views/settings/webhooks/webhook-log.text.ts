// Wording of a webhook's delivery log (webhook-log.tsx): the status filter, each event's tries, "Send again".
import type { WebhookMessage } from '../../../../../shared/api';
import { num } from '../../../lib/format';
import type { Text } from '../../../lib/i18n';

type Status = WebhookMessage['status'];

interface Words {
  all: string;
  status: Record<Status, string>;
  /** "No failed events." */
  noneOf: Record<Status, string>;
  notTried: string;
  triesOf: (what: string) => string;
  earlierTries: (n: number) => string;
  earlierTriesOf: (what: string) => string;
  sentAgain: (event: string, when: string) => string;
  deliveriesTo: (name: string) => string;
  show: string;
  refresh: string;
  noEvents: string;
  created: (when: string) => string;
  tries: (n: number) => string;
  nextTry: (when: string) => string;
  response: string;
  sendAgainOne: (event: string, when: string) => string;
  sendAgain: string;
}

export const T: Text<Words> = {
  en: {
    all: 'All events',
    status: { delivered: 'Delivered', pending: 'Waiting', failed: 'Failed' },
    noneOf: { delivered: 'No delivered events.', pending: 'No waiting events.', failed: 'No failed events.' },
    notTried: 'Not tried yet.',
    triesOf: (what) => `Tries of ${what}, latest first`,
    earlierTries: (n) => `${num(n)} ${n === 1 ? 'earlier try' : 'earlier tries'}`,
    earlierTriesOf: (what) => `Earlier tries of ${what}`,
    sentAgain: (event, when) => `Sent again: ${event} of ${when}. It is waiting to be delivered.`,
    deliveriesTo: (name) => `Deliveries to ${name}`,
    show: 'Show',
    refresh: 'Refresh',
    noEvents: 'No events yet.',
    created: (when) => `Created ${when}`,
    tries: (n) => `${num(n)} ${n === 1 ? 'try' : 'tries'}`,
    nextTry: (when) => `next try ${when}`,
    response: 'response',
    sendAgainOne: (event, when) => `Send again: ${event}, ${when}`,
    sendAgain: 'Send again',
  },
  it: {
    all: 'Tutti gli eventi',
    status: { delivered: 'Consegnato', pending: 'In attesa', failed: 'Non riuscito' },
    noneOf: {
      delivered: 'Nessun evento consegnato.',
      pending: 'Nessun evento in attesa.',
      failed: 'Nessun evento non riuscito.',
    },
    notTried: 'Non ancora tentato.',
    triesOf: (what) => `Tentativi di ${what}, dal più recente`,
    earlierTries: (n) => `${num(n)} ${n === 1 ? 'tentativo precedente' : 'tentativi precedenti'}`,
    earlierTriesOf: (what) => `Tentativi precedenti di ${what}`,
    sentAgain: (event, when) => `Inviato di nuovo: ${event} del ${when}. È in attesa di consegna.`,
    deliveriesTo: (name) => `Consegne a ${name}`,
    show: 'Mostra',
    refresh: 'Aggiorna',
    noEvents: 'Ancora nessun evento.',
    created: (when) => `Creato ${when}`,
    tries: (n) => `${num(n)} ${n === 1 ? 'tentativo' : 'tentativi'}`,
    nextTry: (when) => `prossimo tentativo ${when}`,
    response: 'risposta',
    sendAgainOne: (event, when) => `Invia di nuovo: ${event}, ${when}`,
    sendAgain: 'Invia di nuovo',
  },
};
