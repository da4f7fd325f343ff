// Settings: where a ticket lives in the helpdesk (the site's `ticketUrl`), so the inbox's and the
// tickets view's ticket links open it there.
import { useState } from 'preact/hooks';
import { ticketHref } from '../../../../shared/ticket-url';
import { api, enc } from '../../lib/api';
import { ActionStatus, useAction } from '../../lib/use-action';

interface Props {
  site: string;
  value: string | null;
  /** After a save: the settings, and the site list that carries the template to every view. */
  reload(): void;
}

export function SettingsHelpdesk({ site, value, reload }: Props) {
  const action = useAction();
  const [url, setUrl] = useState(value ?? '');

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const ticketUrl = url.trim();
    if (
      await action.run(
        async () => (
          await api(`/sites/${enc(site)}/settings`, { method: 'PATCH', body: { ticketUrl } }),
          ticketUrl ? 'Saved.' : 'Saved: tickets link to this dashboard again.'
        ),
      )
    )
      reload();
  };

  const example = url.includes('{ticket}') ? ticketHref(url.trim(), 'T-1042') : null;
  return (
    <section class="panel" aria-labelledby="helpdesk-h">
      <h2 id="helpdesk-h">Helpdesk link</h2>
      <p class="muted">
        The address of a ticket in your helpdesk, with <code>{'{ticket}'}</code> where the ticket ID goes. Ticket
        links in the follow-ups and tickets views then open the helpdesk; leave it empty to link to this
        dashboard&rsquo;s ticket view.
      </p>
      <form class="stack-form" onSubmit={save}>
        <div class="field">
          <label for="h-url">Ticket address</label>
          <input
            id="h-url"
            class="mono"
            inputMode="url"
            maxLength={500}
            placeholder="https://acme.zendesk.com/agent/tickets/{ticket}"
            aria-describedby="h-url-hint"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <p id="h-url-hint" class="hint">
            {example ? <>Ticket T-1042 opens {example}</> : <>For example https://acme.zendesk.com/agent/tickets/{'{ticket}'}</>}
          </p>
        </div>
        <div class="form-end">
          <button type="submit">Save</button>
        </div>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
