// Settings: the origins allowed to embed the widget; whether unsigned template links are accepted and
// whether answers must carry a verified ticket (which turns template links off in effect).
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import type { SiteSettingsView } from '../../../../shared/api';
import { ActionStatus, useAction } from '../../lib/use-action';

export function SettingsOrigins({
  site,
  origins,
  reload,
}: {
  site: string;
  origins: string[];
  reload(): void;
}) {
  const action = useAction();
  const [origin, setOrigin] = useState('');

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const value = origin.trim().replace(/\/+$/, '');
    const ok = await action.run(async () => {
      await api(`/sites/${enc(site)}/origins`, { method: 'POST', body: { origin: value } });
      return `Added ${value}.`;
    });
    if (ok) {
      setOrigin('');
      reload();
    }
  };
  const remove = async (o: string) => {
    if (!confirm(`Remove ${o}? Pages there will no longer be able to send answers.`)) return;
    if (
      await action.run(
        async () => (
          await api(`/sites/${enc(site)}/origins?origin=${enc(o)}`, { method: 'DELETE' }),
          `Removed ${o}.`
        ),
      )
    )
      reload();
  };

  return (
    <section class="panel" aria-labelledby="origins-h">
      <h2 id="origins-h">Allowed origins</h2>
      <p class="muted">Web pages on these origins may embed the widget and send answers.</p>
      {origins.length === 0 ? (
        <p class="note">No origins yet: the widget works on no page.</p>
      ) : (
        <ul class="plain-list">
          {origins.map((o) => (
            <li key={o}>
              <code>{o}</code>
              <button
                type="button"
                class="secondary small"
                onClick={() => remove(o)}
                aria-label={`Remove ${o}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add}>
        <div class="field">
          <label for="o-new">Origin to add</label>
          <input
            id="o-new"
            type="url"
            required
            placeholder="https://support.example.com"
            value={origin}
            onInput={(e) => setOrigin(e.currentTarget.value)}
          />
        </div>
        <button type="submit">Add origin</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}

export function SettingsTemplateLinks({
  site,
  value,
  requireVerified,
  reload,
}: {
  site: string;
  value: SiteSettingsView['templateLinks'];
  requireVerified: boolean;
  reload(): void;
}) {
  const action = useAction();
  const [enabled, setEnabled] = useState(value.enabled);
  const [pattern, setPattern] = useState(value.ticketPattern ?? '');
  const [verified, setVerified] = useState(requireVerified);

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    const ticketPattern = pattern.trim();
    const body = {
      templateLinks: ticketPattern ? { enabled, ticketPattern } : { enabled },
      requireVerifiedTickets: verified,
    };
    if (
      await action.run(
        async () => (await api(`/sites/${enc(site)}/settings`, { method: 'PATCH', body }), 'Saved.'),
      )
    )
      reload();
  };

  return (
    <section class="panel" aria-labelledby="template-h">
      <h2 id="template-h">Template links and verified tickets</h2>
      <p class="muted">
        Unsigned email links built from the ticket ID (<code>/s/{site}/&lt;ticket&gt;?score=N</code>), for
        helpdesks that can only insert a placeholder. Anyone who knows a ticket ID can rate that ticket, so
        keep them off unless you need them.
      </p>
      <form class="stack-form" onSubmit={save}>
        <div class="choice">
          <label class="check">
            <input
              type="checkbox"
              checked={enabled}
              aria-describedby={verified ? 't-off-hint' : undefined}
              onChange={(e) => setEnabled(e.currentTarget.checked)}
            />
            Accept template links
          </label>
          {verified && (
            <p id="t-off-hint" class="hint">
              Refused anyway while verified tickets are required.
            </p>
          )}
        </div>
        <div class="field">
          <label for="t-pattern">Ticket ID pattern (regular expression, optional)</label>
          <input
            id="t-pattern"
            class="mono"
            placeholder="^[0-9]{1,10}$"
            value={pattern}
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
        </div>
        <div class="choice">
          <label class="check">
            <input
              type="checkbox"
              checked={verified}
              aria-describedby="t-verified-hint"
              onChange={(e) => setVerified(e.currentTarget.checked)}
            />
            Require verified tickets
          </label>
          <p id="t-verified-hint" class="hint">
            Accept only answers about a ticket your own systems vouch for: a signed email link, or a widget
            with a <code>data-token</code> signed by your server (the secret:{' '}
            <code>npm run admin -- site widget-secret {site}</code>). Template links are then refused.
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
