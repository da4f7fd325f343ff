// Settings: a new site (admins): its ID, name and the origins allowed to embed the widget; it starts
// with the default survey and shows up in the site picker at once.
import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { onLinkClick, withParams } from '../../lib/route';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './sites.text';

export function SettingsNewSite({ reloadSites }: { reloadSites(): void }) {
  const t = tr(T);
  const action = useAction();
  const [id, setId] = useState('');
  const [name, setName] = useState('');
  const [origins, setOrigins] = useState('');
  const [created, setCreated] = useState<{ id: string; name: string } | null>(null);

  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    const list = origins
      .split('\n')
      .map((o) => o.trim().replace(/\/+$/, ''))
      .filter(Boolean);
    if (list.length === 0) {
      action.fail(t.needOrigin);
      document.getElementById('ns-origins')?.focus();
      return;
    }
    const body = { id: id.trim(), ...(name.trim() ? { name: name.trim() } : {}), origins: list };
    setCreated(null);
    const ok = await action.run(async () => {
      const res = await api<{ id: string; name: string }>('/sites', { method: 'POST', body });
      setCreated(res);
      return t.created(res.id);
    });
    if (ok) {
      setId('');
      setName('');
      setOrigins('');
      reloadSites();
    }
  };
  const href = created ? withParams(new URLSearchParams(), { site: created.id, view: 'settings' }) : '';

  return (
    <section class="panel" aria-labelledby="newsite-h">
      <h2 id="newsite-h">{t.title}</h2>
      <p class="muted">
        {t.about1} <code>support</code>.
      </p>
      <form class="stack-form" onSubmit={create}>
        <div class="field">
          <label for="ns-id">{t.id}</label>
          <input
            id="ns-id"
            class="mono"
            required
            maxLength={63}
            autoComplete="off"
            aria-describedby="ns-id-hint"
            value={id}
            onInput={(e) => setId(e.currentTarget.value)}
          />
          <p id="ns-id-hint" class="hint">
            {t.idHint1} <code>data-site</code>
            {t.idHint2}
          </p>
        </div>
        <div class="field">
          <label for="ns-name">{t.name}</label>
          <input
            id="ns-name"
            maxLength={120}
            autoComplete="off"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="ns-origins">{t.origins}</label>
          <textarea
            id="ns-origins"
            class="mono"
            rows={3}
            required
            spellcheck={false}
            placeholder="https://support.example.com"
            value={origins}
            onInput={(e) => setOrigins(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t.create}</button>
      </form>
      <ActionStatus action={action} />
      {created && (
        <p>
          <a href={href} onClick={onLinkClick}>
            {t.open(created.name)}
          </a>
        </p>
      )}
    </section>
  );
}
