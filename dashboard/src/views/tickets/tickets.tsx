// Ticket lookup: "Find a ticket" by its ID, then every response recorded for it.
import type { ResponseItem, SiteInfo } from '../../../../shared/api';
import { enc } from '../../lib/api';
import { count } from '../../lib/format';
import { tr, type Text } from '../../lib/i18n';
import { viewLabel } from '../../lib/route';
import { ResponseView, TicketLink } from '../../components/response-item';
import { navigate, withParams } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { ErrorNote, Loading } from '../../components/ui';

const T = {
  en: {
    find: 'Find a ticket',
    placeholder: 'Ticket ID, e.g. T-1042',
    button: 'Find',
    enter: 'Enter a ticket ID to see every response recorded for it.',
    none: (t: string) => `No responses for ticket “${t}”.`,
    heading: (t: string, n: number) => `Ticket ${t}: ${count(n, { one: 'response', other: 'responses' })}`,
  },
  it: {
    find: 'Trova un ticket',
    placeholder: 'ID del ticket, es. T-1042',
    button: 'Trova',
    enter: 'Inserisci l’ID di un ticket per vedere tutte le risposte registrate.',
    none: (t: string) => `Nessuna risposta per il ticket “${t}”.`,
    heading: (t: string, n: number) => `Ticket ${t}: ${count(n, { one: 'risposta', other: 'risposte' })}`,
  },
  es: {
    find: 'Buscar un ticket',
    placeholder: 'ID del ticket, p. ej. T-1042',
    button: 'Buscar',
    enter: 'Introduce el ID de un ticket para ver todas sus respuestas.',
    none: (t: string) => `No hay respuestas para el ticket “${t}”.`,
    heading: (t: string, n: number) => `Ticket ${t}: ${count(n, { one: 'respuesta', other: 'respuestas' })}`,
  },
  fr: {
    find: 'Trouver un ticket',
    placeholder: 'ID du ticket, p. ex. T-1042',
    button: 'Trouver',
    enter: 'Saisissez l’ID d’un ticket pour voir toutes ses réponses.',
    none: (t: string) => `Aucune réponse pour le ticket « ${t} ».`,
    heading: (t: string, n: number) => `Ticket ${t} : ${count(n, { one: 'réponse', other: 'réponses' })}`,
  },
  de: {
    find: 'Ticket suchen',
    placeholder: 'Ticket-ID, z. B. T-1042',
    button: 'Suchen',
    enter: 'Geben Sie eine Ticket-ID ein, um alle Antworten dazu zu sehen.',
    none: (t: string) => `Keine Antworten zu Ticket „${t}“.`,
    heading: (t: string, n: number) => `Ticket ${t}: ${count(n, { one: 'Antwort', other: 'Antworten' })}`,
  },
  pt: {
    find: 'Procurar um ticket',
    placeholder: 'ID do ticket, p. ex. T-1042',
    button: 'Procurar',
    enter: 'Introduza o ID de um ticket para ver todas as respostas registadas.',
    none: (t: string) => `Sem respostas para o ticket “${t}”.`,
    heading: (t: string, n: number) => `Ticket ${t}: ${count(n, { one: 'resposta', other: 'respostas' })}`,
  },
  pl: {
    find: 'Znajdź zgłoszenie',
    placeholder: 'ID zgłoszenia, np. T-1042',
    button: 'Znajdź',
    enter: 'Wpisz ID zgłoszenia, aby zobaczyć wszystkie zapisane odpowiedzi.',
    none: (t: string) => `Brak odpowiedzi dla zgłoszenia „${t}”.`,
    heading: (t: string, n: number) => `Zgłoszenie ${t}: ${count(n, { one: 'odpowiedź', other: 'odpowiedzi' })}`,
  },
  nl: {
    find: 'Een ticket zoeken',
    placeholder: 'Ticket-ID, bijv. T-1042',
    button: 'Zoeken',
    enter: 'Voer een ticket-ID in om alle antwoorden erop te zien.',
    none: (t: string) => `Geen antwoorden voor ticket ‘${t}’.`,
    heading: (t: string, n: number) => `Ticket ${t}: ${count(n, { one: 'antwoord', other: 'antwoorden' })}`,
  },
} satisfies Text<{ find: string; placeholder: string; button: string; enter: string; none(t: string): string; heading(t: string, n: number): string }>;

interface TicketAnswer {
  ticket: string;
  responses: ResponseItem[];
}

export function Tickets({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const t = tr(T);
  const ticket = (q.get('ticket') ?? '').trim();
  const res = useApi<TicketAnswer>(ticket ? `/sites/${enc(site.id)}/tickets/${enc(ticket)}` : null);

  const find = (e: SubmitEvent) => {
    e.preventDefault();
    const value = new FormData(e.currentTarget as HTMLFormElement).get('ticket');
    navigate(withParams(q, { ticket: typeof value === 'string' ? value.trim() : null }));
  };

  // A ticket nobody rated may come back as 404 rather than an empty list: the same thing to a reader.
  const none =
    (res.data && res.data.responses.length === 0) || (res.error?.status === 404 && !res.error.notBuilt);
  return (
    <>
      <h1 tabIndex={-1}>{viewLabel('tickets')}</h1>
      <form role="search" class="search toolbar" onSubmit={find}>
        <div class="field">
          <label for="t-ticket">{t.find}</label>
          <input
            id="t-ticket"
            name="ticket"
            type="search"
            required
            maxLength={128}
            defaultValue={ticket}
            key={ticket}
            placeholder={t.placeholder}
          />
        </div>
        <button type="submit">{t.button}</button>
      </form>
      {!ticket && <p class="note">{t.enter}</p>}
      {res.loading && <Loading />}
      {res.error && !none && <ErrorNote error={res.error} retry={res.reload} />}
      {none && (
        <p role="status" class="note">
          {t.none(ticket)}
        </p>
      )}
      {res.data && res.data.responses.length > 0 && (
        <section aria-labelledby="ticket-h">
          <h2 id="ticket-h">
            {t.heading(res.data.ticket, res.data.responses.length)}
          </h2>
          {site.ticketUrl && (
            <p>
              <TicketLink q={q} ticket={res.data.ticket} ticketUrl={site.ticketUrl} />
            </p>
          )}
          <ol class="responses">
            {res.data.responses.map((r) => (
              <li key={r.id}>
                <ResponseView q={q} r={r} headingLevel={3} ticketLink={false} />
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}
