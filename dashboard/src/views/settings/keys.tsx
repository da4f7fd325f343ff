// Settings: the site's API keys (for signed email links); a new key is shown once, with a copy button.
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import { fmtTime } from '../../lib/dates';
import type { SiteSettingsView } from '../../../../shared/api';
import { ShownOnce } from '../../components/shown-once';
import { TableWrap } from '../../components/ui';
import { ActionStatus, useAction } from '../../lib/use-action';

export function SettingsKeys({
  site,
  keys,
  reload,
}: {
  site: string;
  keys: SiteSettingsView['keys'];
  reload(): void;
}) {
  const action = useAction();
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = label.trim() ? { label: label.trim() } : {};
    const ok = await action.run(async () => {
      const res = await api<{ key: string }>(`/sites/${enc(site)}/keys`, { method: 'POST', body });
      setCreated(res.key);
      return 'Key created.';
    });
    if (ok) {
      setLabel('');
      reload();
    }
  };
  const revoke = async (k: SiteSettingsView['keys'][number]) => {
    const name = k.label ? `${k.label} (${k.prefix}…)` : `${k.prefix}…`;
    if (!confirm(`Revoke the key ${name}? Anything using it stops working at once.`)) return;
    if (
      await action.run(
        async () => (
          await api(`/sites/${enc(site)}/keys/${enc(k.id)}`, { method: 'DELETE' }),
          `Revoked ${name}.`
        ),
      )
    )
      reload();
  };

  return (
    <section class="panel" aria-labelledby="keys-h">
      <h2 id="keys-h">API keys</h2>
      <p class="muted">
        A key lets a helpdesk ask for signed survey links (<code>POST /api/v1/links</code>) and read this
        site’s data.
      </p>
      {created && (
        <ShownOnce id="newkey" title="Your new API key" what="API key" value={created} done={() => setCreated(null)}>
          <p>
            <strong>This key is shown only once.</strong> Copy it now and keep it somewhere safe; Voce stores
            only its hash.
          </p>
        </ShownOnce>
      )}
      {keys.length === 0 ? (
        <p class="note">No keys yet.</p>
      ) : (
        <TableWrap label="API keys table">
          <table>
            <caption class="sr-only">API keys of this site</caption>
            <thead>
              <tr>
                <th scope="col">Key</th>
                <th scope="col">Label</th>
                <th scope="col">Created</th>
                <th scope="col">Status</th>
                <th scope="col">
                  <span class="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id}>
                  <th scope="row">
                    <code>{k.prefix}…</code>
                  </th>
                  <td>{k.label ?? <span class="muted">none</span>}</td>
                  <td>{fmtTime(k.createdAt)}</td>
                  <td>{k.revokedAt ? `Revoked ${fmtTime(k.revokedAt)}` : 'Active'}</td>
                  <td>
                    {!k.revokedAt && (
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() => revoke(k)}
                        aria-label={`Revoke key ${k.prefix}`}
                      >
                        Revoke
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      <form class="inline-form" onSubmit={create}>
        <div class="field">
          <label for="k-label">Label for a new key (optional)</label>
          <input
            id="k-label"
            maxLength={120}
            placeholder="Zendesk"
            value={label}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </div>
        <button type="submit">Create key</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
