// Settings: a new site (admins): its ID, name and the origins allowed to embed the widget; it starts
// with the default survey and shows up in the site picker at once.
import { useState } from 'preact/hooks';
import { api } from '../../lib/api';
import { onLinkClick, withParams } from '../../lib/route';
import { ActionStatus, useAction } from '../../lib/use-action';

export function SettingsNewSite({ reloadSites }: { reloadSites(): void }) {
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
      action.fail('Add at least one origin, one per line.');
      document.getElementById('ns-origins')?.focus();
      return;
    }
    const body = { id: id.trim(), ...(name.trim() ? { name: name.trim() } : {}), origins: list };
    setCreated(null);
    const ok = await action.run(async () => {
      const res = await api<{ id: string; name: string }>('/sites', { method: 'POST', body });
      setCreated(res);
      return `Created site ${res.id}.`;
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
      <h2 id="newsite-h">New site</h2>
      <p class="muted">
        A site is one product or helpdesk with its own surveys, keys and data. It starts with the default
        survey, <code>support</code>.
      </p>
      <form class="stack-form" onSubmit={create}>
        <div class="field">
          <label for="ns-id">Site ID</label>
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
            Lowercase letters, digits, “-” or “_”; the widget’s <code>data-site</code>. It cannot be changed
            later.
          </p>
        </div>
        <div class="field">
          <label for="ns-name">Name (optional)</label>
          <input
            id="ns-name"
            maxLength={120}
            autoComplete="off"
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="ns-origins">Allowed origins, one per line</label>
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
        <button type="submit">Create site</button>
      </form>
      <ActionStatus action={action} />
      {created && (
        <p>
          <a href={href} onClick={onLinkClick}>
            Open the settings of {created.name}
          </a>
        </p>
      )}
    </section>
  );
}
