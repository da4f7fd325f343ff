// Settings: the origins allowed to embed the widget; whether unsigned template links are accepted and
// whether answers must carry a verified ticket (which turns template links off in effect).
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import type { SiteSettingsView } from '../../../../shared/api';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './origins.text';

export function SettingsOrigins({
  site,
  origins,
  reload,
}: {
  site: string;
  origins: string[];
  reload(): void;
}) {
  const t = tr(T);
  const action = useAction();
  const [origin, setOrigin] = useState('');

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const value = origin.trim().replace(/\/+$/, '');
    const ok = await action.run(async () => {
      await api(`/sites/${enc(site)}/origins`, { method: 'POST', body: { origin: value } });
      return t.added(value);
    });
    if (ok) {
      setOrigin('');
      reload();
    }
  };
  const remove = async (o: string) => {
    if (!confirm(t.confirmRemove(o))) return;
    if (
      await action.run(
        async () => (
          await api(`/sites/${enc(site)}/origins?origin=${enc(o)}`, { method: 'DELETE' }),
          t.removed(o)
        ),
      )
    )
      reload();
  };

  return (
    <section class="panel" aria-labelledby="origins-h">
      <h2 id="origins-h">{t.title}</h2>
      <p class="muted">{t.about}</p>
      {origins.length === 0 ? (
        <p class="note">{t.none}</p>
      ) : (
        <ul class="plain-list">
          {origins.map((o) => (
            <li key={o}>
              <code>{o}</code>
              <button
                type="button"
                class="secondary small"
                onClick={() => remove(o)}
                aria-label={t.removeOne(o)}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={add}>
        <div class="field">
          <label for="o-new">{t.toAdd}</label>
          <input
            id="o-new"
            type="url"
            required
            placeholder="https://support.example.com"
            value={origin}
            onInput={(e) => setOrigin(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t.add}</button>
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
  const t = tr(T);
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
        async () => (await api(`/sites/${enc(site)}/settings`, { method: 'PATCH', body }), t.saved),
      )
    )
      reload();
  };

  return (
    <section class="panel" aria-labelledby="template-h">
      <h2 id="template-h">{t.tlTitle}</h2>
      <p class="muted">
        {t.tlAbout1} (<code>/s/{site}/&lt;ticket&gt;?score=N</code>), {t.tlAbout2}
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
            {t.accept}
          </label>
          {verified && (
            <p id="t-off-hint" class="hint">
              {t.refused}
            </p>
          )}
        </div>
        <div class="field">
          <label for="t-pattern">{t.pattern}</label>
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
            {t.require}
          </label>
          <p id="t-verified-hint" class="hint">
            {t.requireHint1} <code>data-token</code> {t.requireHint2}{' '}
            <code>npm run admin -- site widget-secret {site}</code>
            {t.requireHint3}
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
