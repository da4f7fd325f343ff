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
