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
import { endpointName, EVENT_INFO, filterText, FORMAT_INFO, tryOk, tryText } from './webhook-text';

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
  const name = endpointName(e);
  const path = `/sites/${enc(site)}/webhooks/${enc(e.id)}`;
  const filter = filterText(e.filter);
  const [editing, setEditing] = useState(false);

  const enable = async () => {
    if (await action.run(async () => (await api(path, { method: 'PATCH', body: { enabled: true } }), `Enabled ${name} again.`)))
      reload();
  };
  const rotate = async () => {
    if (!confirm(`Rotate the signing secret of ${name}? The current secret stops working at once: the receiver needs the new one.`))
      return;
    const ok = await action.run(async () => {
      const res = await api<WebhookEndpoint>(`${path}/secret`, { method: 'POST' });
      showSecret({ name, value: res.secret!, rotated: true });
      return `New signing secret for ${name}.`;
    });
    if (ok) reload();
  };
  const remove = async () => {
    if (!confirm(`Remove the webhook ${name}? Nothing more is sent to it, and its delivery log is deleted.`)) return;
    if (await action.run(async () => (await api(path, { method: 'DELETE' }), `Removed ${name}.`))) reload();
  };

  return (
    <li class={`webhook${e.disabledAt ? ' is-off' : ''}`}>
      <h3 id={`wh-${e.id}-h`}>
        {name}
        {e.disabledAt ? <span class="badge badge-bad">Disabled</span> : <span class="badge">Active</span>}
      </h3>
      <p class="wh-url">
        <code>{e.url}</code>
      </p>
      {e.disabledAt && (
        <div class="note wh-disabled">
          <p>
            Disabled {fmtTime(e.disabledAt)}
            {e.disabledReason ? `: ${e.disabledReason}` : ''}. Nothing is sent to it until it is enabled again.
          </p>
          <button type="button" class="small" onClick={enable} aria-label={`Enable again: ${name}`}>
            Enable again
          </button>
        </div>
      )}
      <dl class="wh-facts">
        <div>
          <dt>Format</dt>
          <dd>{FORMAT_INFO[e.format].label}</dd>
        </div>
        <div>
          <dt>Events</dt>
          <dd>{e.events.map((ev) => EVENT_INFO[ev].label).join(', ')}</dd>
        </div>
        <div>
          <dt>Answers</dt>
          <dd>{filter ?? 'All answers'}</dd>
        </div>
        <div>
          <dt>Undelivered</dt>
          <dd>
            {e.pending} pending, <span class={e.failed ? 'try-bad' : undefined}>{e.failed} failed</span>
          </dd>
        </div>
        <div>
          <dt>Last try</dt>
          <dd>
            {e.lastAttempt ? (
              <>
                <span class={tryOk(e.lastAttempt) ? 'try-ok' : 'try-bad'}>{tryText(e.lastAttempt)}</span>,{' '}
                {fmtTime(e.lastAttempt.at)}
              </>
            ) : (
              'None yet'
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
          aria-label={`Deliveries to ${name}`}
          onClick={toggle}
        >
          Deliveries
        </button>
        <button type="button" class="secondary small" aria-expanded={editing ? 'true' : 'false'} onClick={() => setEditing(!editing)} aria-label={`Change ${name}`}>
          Change
        </button>
        <button type="button" class="secondary small" onClick={rotate} aria-label={`Rotate secret of ${name}`}>
          Rotate secret
        </button>
        <button type="button" class="secondary small" onClick={remove} aria-label={`Remove ${name}`}>
          Remove
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
  const res = useApi<{ endpoints: WebhookEndpoint[] }>(`/sites/${enc(site.id)}/webhooks`);
  const action = useAction();
  const [secret, setSecret] = useState<Secret | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const endpoints = res.data?.endpoints ?? [];

  return (
    <section class="panel" aria-labelledby="webhooks-h">
      <h2 id="webhooks-h">Webhooks</h2>
      <p class="muted">
        Voce posts events here as they happen, e.g. an unhappy customer to a Slack channel. A failed send is
        tried again for a day, then shown as failed in Deliveries, where it can be sent again.
      </p>
      {secret && (
        <ShownOnce
          id="whsecret"
          title={`Signing secret for ${secret.name}`}
          what="signing secret"
          value={secret.value}
          done={() => setSecret(null)}
        >
          <p>
            <strong>This secret is shown only once.</strong> Copy it now into the receiver that checks the{' '}
            <code>webhook-signature</code> header; Voce will not show it again.
            {secret.rotated && ' The old secret no longer signs anything.'}
          </p>
        </ShownOnce>
      )}
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data &&
        (endpoints.length === 0 ? (
          <p class="note">No webhooks yet.</p>
        ) : (
          <ul class="webhook-list" aria-label="Webhook endpoints">
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
