// Settings: the site's API keys (for signed email links); a new key is shown once, with a copy button.
import { useState } from 'preact/hooks';
import { api, enc } from '../../lib/api';
import { fmtTime } from '../../lib/dates';
import type { SiteSettingsView } from '../../../../shared/api';
import { ShownOnce } from '../../components/shown-once';
import { TableWrap } from '../../components/ui';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './keys.text';

export function SettingsKeys({
  site,
  keys,
  reload,
}: {
  site: string;
  keys: SiteSettingsView['keys'];
  reload(): void;
}) {
  const t = tr(T);
  const action = useAction();
  const [label, setLabel] = useState('');
  const [created, setCreated] = useState<string | null>(null);

  const create = async (e: SubmitEvent) => {
    e.preventDefault();
    const body = label.trim() ? { label: label.trim() } : {};
    const ok = await action.run(async () => {
      const res = await api<{ key: string }>(`/sites/${enc(site)}/keys`, { method: 'POST', body });
      setCreated(res.key);
      return t.created;
    });
    if (ok) {
      setLabel('');
      reload();
    }
  };
  const revoke = async (k: SiteSettingsView['keys'][number]) => {
    const name = k.label ? `${k.label} (${k.prefix}…)` : `${k.prefix}…`;
    if (!confirm(t.confirmRevoke(name))) return;
    if (
      await action.run(
        async () => (
          await api(`/sites/${enc(site)}/keys/${enc(k.id)}`, { method: 'DELETE' }),
          t.revoked(name)
        ),
      )
    )
      reload();
  };

  return (
    <section class="panel" aria-labelledby="keys-h">
      <h2 id="keys-h">{t.title}</h2>
      <p class="muted">
        {t.about1} (<code>POST /api/v1/links</code>) {t.about2}
      </p>
      {created && (
        <ShownOnce id="newkey" title={t.newTitle} what={t.what} value={created} done={() => setCreated(null)}>
          <p>
            <strong>{t.once}</strong> {t.onceMore}
          </p>
        </ShownOnce>
      )}
      {keys.length === 0 ? (
        <p class="note">{t.none}</p>
      ) : (
        <TableWrap label={t.table}>
          <table>
            <caption class="sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.key}</th>
                <th scope="col">{t.label}</th>
                <th scope="col">{t.createdAt}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">
                  <span class="sr-only">{t.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {keys.map((k) => (
                <tr key={k.id}>
                  <th scope="row">
                    <code>{k.prefix}…</code>
                  </th>
                  <td>{k.label ?? <span class="muted">{t.noLabel}</span>}</td>
                  <td>{fmtTime(k.createdAt)}</td>
                  <td>{k.revokedAt ? t.revokedAt(fmtTime(k.revokedAt)) : t.active}</td>
                  <td>
                    {!k.revokedAt && (
                      <button
                        type="button"
                        class="secondary small"
                        onClick={() => revoke(k)}
                        aria-label={t.revokeKey(k.prefix)}
                      >
                        {t.revoke}
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
          <label for="k-label">{t.newLabel}</label>
          <input
            id="k-label"
            maxLength={120}
            placeholder="Zendesk"
            value={label}
            onInput={(e) => setLabel(e.currentTarget.value)}
          />
        </div>
        <button type="submit">{t.create}</button>
      </form>
      <ActionStatus action={action} />
    </section>
  );
}
