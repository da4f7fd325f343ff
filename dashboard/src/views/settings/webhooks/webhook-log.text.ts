// Wording of a webhook's delivery log (webhook-log.tsx): the status filter, each event's tries, "Send again".
import type { WebhookMessage } from '../../../../../shared/api';
import { count, num } from '../../../lib/format';
import type { ListWords } from '../../../components/ui';
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
  /** The paged list's status line. */
  list: ListWords;
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
    list: { shown: (n) => `Showing ${count(n, { one: 'event', other: 'events' })}`, none: 'No event found in the latest deliveries.' },
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
    list: { shown: (n) => `${count(n, { one: 'evento mostrato', other: 'eventi mostrati' })}`, none: 'Nessun evento trovato tra gli invii più recenti.' },
  },
  es: {
    all: 'Todos los eventos',
    status: { delivered: 'Entregado', pending: 'En espera', failed: 'Fallido' },
    noneOf: { delivered: 'No hay eventos entregados.', pending: 'No hay eventos en espera.', failed: 'No hay eventos fallidos.' },
    notTried: 'Aún no se ha intentado.',
    triesOf: (what) => `Intentos de ${what}, el más reciente primero`,
    earlierTries: (n) => `${num(n)} ${n === 1 ? 'intento anterior' : 'intentos anteriores'}`,
    earlierTriesOf: (what) => `Intentos anteriores de ${what}`,
    sentAgain: (event, when) => `Reenviado: ${event} del ${when}. Está esperando a ser entregado.`,
    deliveriesTo: (name) => `Entregas a ${name}`,
    show: 'Mostrar',
    refresh: 'Actualizar',
    noEvents: 'Todavía no hay eventos.',
    created: (when) => `Creado ${when}`,
    tries: (n) => `${num(n)} ${n === 1 ? 'intento' : 'intentos'}`,
    nextTry: (when) => `próximo intento ${when}`,
    response: 'respuesta',
    sendAgainOne: (event, when) => `Reenviar: ${event}, ${when}`,
    sendAgain: 'Reenviar',
    list: { shown: (n) => `Mostrando ${count(n, { one: 'evento', other: 'eventos' })}`, none: 'No se encontraron eventos entre los envíos más recientes.' },
  },
  fr: {
    all: 'Tous les événements',
    status: { delivered: 'Livré', pending: 'En attente', failed: 'En échec' },
    noneOf: { delivered: 'Aucun événement livré.', pending: 'Aucun événement en attente.', failed: 'Aucun événement en échec.' },
    notTried: 'Pas encore essayé.',
    triesOf: (what) => `Essais de ${what}, du plus récent au plus ancien`,
    earlierTries: (n) => `${num(n)} ${n <= 1 ? 'essai précédent' : 'essais précédents'}`,
    earlierTriesOf: (what) => `Essais précédents de ${what}`,
    sentAgain: (event, when) => `Renvoyé : ${event} du ${when}. Il attend d’être livré.`,
    deliveriesTo: (name) => `Livraisons vers ${name}`,
    show: 'Afficher',
    refresh: 'Actualiser',
    noEvents: 'Aucun événement pour l’instant.',
    created: (when) => `Créé ${when}`,
    tries: (n) => `${num(n)} ${n <= 1 ? 'essai' : 'essais'}`,
    nextTry: (when) => `prochain essai ${when}`,
    response: 'réponse',
    sendAgainOne: (event, when) => `Renvoyer : ${event}, ${when}`,
    sendAgain: 'Renvoyer',
    list: { shown: (n) => `${count(n, { one: 'événement affiché', other: 'événements affichés' })}`, none: 'Aucun événement trouvé parmi les derniers envois.' },
  },
  de: {
    all: 'Alle Ereignisse',
    status: { delivered: 'Zugestellt', pending: 'Wartend', failed: 'Fehlgeschlagen' },
    noneOf: {
      delivered: 'Keine zugestellten Ereignisse.',
      pending: 'Keine wartenden Ereignisse.',
      failed: 'Keine fehlgeschlagenen Ereignisse.',
    },
    notTried: 'Noch nicht versucht.',
    triesOf: (what) => `Versuche für ${what}, neueste zuerst`,
    earlierTries: (n) => `${num(n)} ${n === 1 ? 'früherer Versuch' : 'frühere Versuche'}`,
    earlierTriesOf: (what) => `Frühere Versuche für ${what}`,
    sentAgain: (event, when) => `Erneut gesendet: ${event} vom ${when}. Es wartet auf die Zustellung.`,
    deliveriesTo: (name) => `Zustellungen an ${name}`,
    show: 'Anzeigen',
    refresh: 'Aktualisieren',
    noEvents: 'Noch keine Ereignisse.',
    created: (when) => `Erstellt ${when}`,
    tries: (n) => `${num(n)} ${n === 1 ? 'Versuch' : 'Versuche'}`,
    nextTry: (when) => `nächster Versuch ${when}`,
    response: 'Antwort',
    sendAgainOne: (event, when) => `Erneut senden: ${event}, ${when}`,
    sendAgain: 'Erneut senden',
    list: { shown: (n) => `${count(n, { one: 'Ereignis', other: 'Ereignisse' })} angezeigt`, none: 'Keine Ereignisse in den neuesten Zustellungen gefunden.' },
  },
  pt: {
    all: 'Todos os eventos',
    status: { delivered: 'Entregue', pending: 'Em espera', failed: 'Falhado' },
    noneOf: { delivered: 'Não há eventos entregues.', pending: 'Não há eventos em espera.', failed: 'Não há eventos falhados.' },
    notTried: 'Ainda não tentado.',
    triesOf: (what) => `Tentativas de ${what}, a mais recente primeiro`,
    earlierTries: (n) => `${num(n)} ${n === 1 ? 'tentativa anterior' : 'tentativas anteriores'}`,
    earlierTriesOf: (what) => `Tentativas anteriores de ${what}`,
    sentAgain: (event, when) => `Reenviado: ${event} de ${when}. Está à espera de ser entregue.`,
    deliveriesTo: (name) => `Entregas a ${name}`,
    show: 'Mostrar',
    refresh: 'Atualizar',
    noEvents: 'Ainda não há eventos.',
    created: (when) => `Criado ${when}`,
    tries: (n) => `${num(n)} ${n === 1 ? 'tentativa' : 'tentativas'}`,
    nextTry: (when) => `próxima tentativa ${when}`,
    response: 'resposta',
    sendAgainOne: (event, when) => `Reenviar: ${event}, ${when}`,
    sendAgain: 'Reenviar',
    list: { shown: (n) => `A mostrar ${count(n, { one: 'evento', other: 'eventos' })}`, none: 'Nenhum evento encontrado entre os envios mais recentes.' },
  },
  pl: {
    all: 'Wszystkie zdarzenia',
    status: { delivered: 'Dostarczone', pending: 'Oczekuje', failed: 'Nieudane' },
    noneOf: {
      delivered: 'Brak dostarczonych zdarzeń.',
      pending: 'Brak oczekujących zdarzeń.',
      failed: 'Brak nieudanych zdarzeń.',
    },
    notTried: 'Jeszcze nie próbowano.',
    triesOf: (what) => `Próby dla ${what}, od najnowszej`,
    earlierTries: (n) => `${count(n, { one: 'wcześniejsza próba', few: 'wcześniejsze próby', many: 'wcześniejszych prób', other: 'wcześniejszych prób' })}`,
    earlierTriesOf: (what) => `Wcześniejsze próby dla ${what}`,
    sentAgain: (event, when) => `Wysłano ponownie: ${event} z ${when}. Czeka na dostarczenie.`,
    deliveriesTo: (name) => `Dostarczenia do ${name}`,
    show: 'Pokaż',
    refresh: 'Odśwież',
    noEvents: 'Nie ma jeszcze zdarzeń.',
    created: (when) => `Utworzono ${when}`,
    tries: (n) => `${count(n, { one: 'próba', few: 'próby', many: 'prób', other: 'prób' })}`,
    nextTry: (when) => `następna próba ${when}`,
    response: 'odpowiedź',
    sendAgainOne: (event, when) => `Wyślij ponownie: ${event}, ${when}`,
    sendAgain: 'Wyślij ponownie',
    list: { shown: (n) => `Wyświetlono ${count(n, { one: 'zdarzenie', few: 'zdarzenia', many: 'zdarzeń', other: 'zdarzenia' })}`, none: 'Nie znaleziono zdarzeń wśród ostatnich dostaw.' },
  },
  nl: {
    all: 'Alle gebeurtenissen',
    status: { delivered: 'Bezorgd', pending: 'Wachtend', failed: 'Mislukt' },
    noneOf: {
      delivered: 'Geen bezorgde gebeurtenissen.',
      pending: 'Geen wachtende gebeurtenissen.',
      failed: 'Geen mislukte gebeurtenissen.',
    },
    notTried: 'Nog niet geprobeerd.',
    triesOf: (what) => `Pogingen voor ${what}, nieuwste eerst`,
    earlierTries: (n) => `${num(n)} ${n === 1 ? 'eerdere poging' : 'eerdere pogingen'}`,
    earlierTriesOf: (what) => `Eerdere pogingen voor ${what}`,
    sentAgain: (event, when) => `Opnieuw verstuurd: ${event} van ${when}. Het wacht op bezorging.`,
    deliveriesTo: (name) => `Bezorgingen naar ${name}`,
    show: 'Tonen',
    refresh: 'Vernieuwen',
    noEvents: 'Nog geen gebeurtenissen.',
    created: (when) => `Aangemaakt ${when}`,
    tries: (n) => `${num(n)} ${n === 1 ? 'poging' : 'pogingen'}`,
    nextTry: (when) => `volgende poging ${when}`,
    response: 'antwoord',
    sendAgainOne: (event, when) => `Opnieuw versturen: ${event}, ${when}`,
    sendAgain: 'Opnieuw versturen',
    list: { shown: (n) => `${count(n, { one: 'gebeurtenis', other: 'gebeurtenissen' })} getoond`, none: 'Geen gebeurtenissen gevonden in de laatste leveringen.' },
  },
};
