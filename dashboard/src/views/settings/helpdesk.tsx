// Settings: where a ticket lives in the helpdesk (the site's `ticketUrl`), so the inbox's and the
// tickets view's ticket links open it there.
import { useState } from 'preact/hooks';
import { ticketHref } from '../../../../shared/ticket-url';
import { api, enc } from '../../lib/api';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './helpdesk.text';

interface Props {
  site: string;
  value: string | null;
  /** After a save: the settings, and the site list that carries the template to every view. */
  reload(): void;
}

export function SettingsHelpdesk({ site, value, reload }: Props) {
  const t = tr(T);
  const action = useAction();
  const [url, setUrl] = useState(value ?? '');

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const ticketUrl = url.trim();
    if (
      await action.run(
        async () => (
          await api(`/sites/${enc(site)}/settings`, { method: 'PATCH', body: { ticketUrl } }),
          ticketUrl ? t.saved : t.savedNone
        ),
      )
    )
      reload();
  };

  const example = url.includes('{ticket}') ? ticketHref(url.trim(), 'T-1042') : null;
  return (
    <section class="panel" aria-labelledby="helpdesk-h">
      <h2 id="helpdesk-h">{t.title}</h2>
      <p class="muted">
        {t.about1} <code>{'{ticket}'}</code> {t.about2}
      </p>
      <form class="stack-form" onSubmit={save}>
        <div class="field">
          <label for="h-url">{t.address}</label>
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
            {example ? t.opens(example) : `${t.example} https://acme.zendesk.com/agent/tickets/{ticket}`}
          </p>
        </div>
        <div class="form-end">
          <button type="submit">{t.save}</button>
        </div>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
