// Settings → Webhooks (admins; SPEC "Alerts and webhooks"): the site's endpoints with their state,
// counts and last try; "Enable again" after a 410, change it, rotate the signing secret (shown once,
// like API keys), remove; each endpoint's delivery log; and the form to add one.
import { useState } from 'preact/hooks';
import type { SiteInfo, WebhookEndpoint } from '../../../../../shared/api';
import { api, enc } from '../../../lib/api';
import { fmtTime } from '../../../lib/dates';
import { WebhookForm } from './webhook-form';
import { WebhookLog } from './webhook-log';
import { ShownOnce } from '../../../components/shown-once';
import { ErrorNote, Loading } from '../../../components/ui';
import { useApi } from '../../../lib/use-api';
import { ActionStatus, useAction } from '../../../lib/use-action';
import { endpointName, eventInfo, filterText, formatInfo, tryOk, tryText } from './webhook-text';
import { tr } from '../../../lib/i18n';
import { T as ENDPOINT_T } from './webhook-endpoint.text';
import { T } from './webhooks.text';

interface Secret {
  name: string;
  value: string;
  rotated: boolean;
}

function Endpoint({
  site,
  info,
  e,
  open,
  toggle,
  action,
  reload,
  showSecret,
}: {
  site: string;
  info: SiteInfo;
  e: WebhookEndpoint;
  open: boolean;
  toggle(): void;
  action: ReturnType<typeof useAction>;
  reload(): void;
  showSecret(s: Secret): void;
}) {
  const t = tr(ENDPOINT_T);
  const name = endpointName(e);
  const path = `/sites/${enc(site)}/webhooks/${enc(e.id)}`;
  const filter = filterText(e.filter);
  const [editing, setEditing] = useState(false);

  const enable = async () => {
    if (await action.run(async () => (await api(path, { method: 'PATCH', body: { enabled: true } }), t.enabled(name))))
      reload();
  };
  const rotate = async () => {
    if (!confirm(t.confirmRotate(name)))
      return;
    const ok = await action.run(async () => {
      const res = await api<WebhookEndpoint>(`${path}/secret`, { method: 'POST' });
      showSecret({ name, value: res.secret!, rotated: true });
      return t.rotated(name);
    });
    if (ok) reload();
  };
  const remove = async () => {
    if (!confirm(t.confirmRemove(name))) return;
    if (await action.run(async () => (await api(path, { method: 'DELETE' }), t.removed(name)))) reload();
  };

  return (
    <li class={`webhook${e.disabledAt ? ' is-off' : ''}`}>
      <h3 id={`wh-${e.id}-h`}>
        {name}
        {e.disabledAt ? <span class="badge badge-bad">{t.disabled}</span> : <span class="badge">{t.active}</span>}
      </h3>
      <p class="wh-url">
        <code>{e.url}</code>
      </p>
      {e.disabledAt && (
        <div class="note wh-disabled">
          <p>
            {t.disabledAt(fmtTime(e.disabledAt))}
            {e.disabledReason ? `: ${e.disabledReason}` : ''}. {t.untilEnabled}
          </p>
          <button type="button" class="small" onClick={enable} aria-label={t.enableOne(name)}>
            {t.enable}
          </button>
        </div>
      )}
      <dl class="wh-facts">
        <div>
          <dt>{t.format}</dt>
          <dd>{formatInfo()[e.format].label}</dd>
        </div>
        <div>
          <dt>{t.events}</dt>
          <dd>{e.events.map((ev) => eventInfo()[ev].label).join(', ')}</dd>
        </div>
        <div>
          <dt>{t.answers}</dt>
          <dd>{filter ?? t.allAnswers}</dd>
        </div>
        <div>
          <dt>{t.undelivered}</dt>
          <dd>
            {t.pending(e.pending)}, <span class={e.failed ? 'try-bad' : undefined}>{t.failed(e.failed)}</span>
          </dd>
        </div>
        <div>
          <dt>{t.lastTry}</dt>
          <dd>
            {e.lastAttempt ? (
              <>
                <span class={tryOk(e.lastAttempt) ? 'try-ok' : 'try-bad'}>{tryText(e.lastAttempt)}</span>,{' '}
                {fmtTime(e.lastAttempt.at)}
              </>
            ) : (
              t.noneYet
            )}
          </dd>
        </div>
      </dl>
      <div class="form-end wh-actions">
        <button
          type="button"
          class="secondary small"
          aria-expanded={open ? 'true' : 'false'}
          aria-controls={open ? `wh-log-${e.id}` : undefined}
          aria-label={t.deliveriesTo(name)}
          onClick={toggle}
        >
          {t.deliveries}
        </button>
        <button type="button" class="secondary small" aria-expanded={editing ? 'true' : 'false'} onClick={() => setEditing(!editing)} aria-label={t.changeOne(name)}>
          {t.change}
        </button>
        <button type="button" class="secondary small" onClick={rotate} aria-label={t.rotateOne(name)}>
          {t.rotate}
        </button>
        <button type="button" class="secondary small" onClick={remove} aria-label={t.removeOne(name)}>
          {t.remove}
        </button>
      </div>
      {editing && (
        <WebhookForm
          site={info}
          editing={e}
          saved={() => {
            setEditing(false);
            reload();
          }}
          cancel={() => setEditing(false)}
        />
      )}
      {open && <WebhookLog site={site} endpoint={e} name={name} changed={reload} />}
    </li>
  );
}

export function SettingsWebhooks({ site }: { site: SiteInfo }) {
  const t = tr(T);
  const res = useApi<{ endpoints: WebhookEndpoint[] }>(`/sites/${enc(site.id)}/webhooks`);
  const action = useAction();
  const [secret, setSecret] = useState<Secret | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const endpoints = res.data?.endpoints ?? [];

  return (
    <section class="panel" aria-labelledby="webhooks-h">
      <h2 id="webhooks-h">{t.title}</h2>
      <p class="muted">
        {t.about}
      </p>
      {secret && (
        <ShownOnce
          id="whsecret"
          title={t.secretFor(secret.name)}
          what={t.secret}
          value={secret.value}
          done={() => setSecret(null)}
        >
          <p>
            <strong>{t.once}</strong> {t.once1} <code>webhook-signature</code>
            {t.once2}
            {secret.rotated && ` ${t.oldSecret}`}
          </p>
        </ShownOnce>
      )}
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data &&
        (endpoints.length === 0 ? (
          <p class="note">{t.none}</p>
        ) : (
          <ul class="webhook-list" aria-label={t.list}>
            {endpoints.map((e) => (
              <Endpoint
                key={e.id}
                site={site.id}
                info={site}
                e={e}
                open={open === e.id}
                toggle={() => setOpen(open === e.id ? null : e.id)}
                action={action}
                reload={res.reload}
                showSecret={setSecret}
              />
            ))}
          </ul>
        ))}
      <ActionStatus action={action} />
      {!res.error && (
        <WebhookForm
          site={site}
          saved={(e) => {
            setSecret({ name: endpointName(e), value: e.secret!, rotated: false });
            res.reload();
          }}
        />
      )}
    </section>
  );
}
