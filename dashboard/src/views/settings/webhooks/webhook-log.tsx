// Settings → Webhooks → Deliveries: one endpoint's events, newest first, each with its status, its
// tries (status code or error, and how long each took) and when the next try is due; a status filter,
// "Load more", and "Send again" for an event that failed or was delivered (same webhook-id).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WebhookEndpoint, WebhookMessage } from '../../../../../shared/api';
import { api, ApiError, enc, query } from '../../../lib/api';
import { SelectField } from '../../../components/field';
import { fmtTime } from '../../../lib/dates';
import { ErrorNote, More } from '../../../components/ui';
import { usePaged } from '../../../lib/use-paged';
import { eventInfo, tryOk, tryText } from './webhook-text';
import { tr } from '../../../lib/i18n';
import { T } from './webhook-log.text';

type Status = WebhookMessage['status'];

/** The status filter's choices, in this order. */
const SHOW: Status[] = ['failed', 'pending', 'delivered'];

/** After "Send again", when to look at the event again: the worker sends it right after the commit,
 * and a receiver may take up to 10 s to answer. */
const LOOK_AGAIN_MS = [1500, 6000, 12000];

/** Tries shown at once; older ones behind a disclosure (an event that failed has eight). */
const FIRST_TRIES = 3;

function TryList({ tries, label }: { tries: WebhookMessage['tries']; label: string }) {
  return (
    <ol class="wh-tries" aria-label={label}>
      {tries.map((t, i) => (
        <li key={`${t.at}-${i}`}>
          <span class={tryOk(t) ? 'try-ok' : 'try-bad'}>{tryText(t)}</span>
          <span class="muted">
            {fmtTime(t.at)} · {t.durationMs} ms
          </span>
        </li>
      ))}
    </ol>
  );
}

function Tries({ m }: { m: WebhookMessage }) {
  const t = tr(T);
  if (!m.tries.length) return <p class="hint">{t.notTried}</p>;
  const what = `${m.event}, ${fmtTime(m.createdAt)}`;
  const older = m.tries.slice(FIRST_TRIES);
  return (
    <>
      <TryList tries={m.tries.slice(0, FIRST_TRIES)} label={t.triesOf(what)} />
      {older.length > 0 && (
        <details class="wh-older">
          <summary>{t.earlierTries(older.length)}</summary>
          <TryList tries={older} label={t.earlierTriesOf(what)} />
        </details>
      )}
    </>
  );
}

export function WebhookLog({
  site,
  endpoint,
  name,
  changed,
}: {
  site: string;
  endpoint: WebhookEndpoint;
  /** The endpoint as people call it (its description or URL). */
  name: string;
  /** The endpoint's counts (pending, failed, last try) may have changed. */
  changed(): void;
}) {
  const t = tr(T);
  const [status, setStatus] = useState<Status | ''>('');
  const base = `/sites/${enc(site)}/webhooks/${enc(endpoint.id)}/messages`;
  const list = usePaged<WebhookMessage>(`${base}${query({ status })}`);
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState('');
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  useEffect(() => () => timers.current.forEach(clearTimeout), []);
  const id = `wh-log-${endpoint.id}`;

  const resend = async (m: WebhookMessage, i: number) => {
    setFailed('');
    setSaid('');
    try {
      await api(`${base}/${enc(m.id)}/resend`, { method: 'POST' });
    } catch (err) {
      setFailed(err instanceof ApiError ? err.message : String(err));
      return;
    }
    list.replace(i, { ...m, status: 'pending', attempts: 0, nextAt: new Date().toISOString() });
    setSaid(t.sentAgain(eventInfo()[m.event].label, fmtTime(m.createdAt)));
    changed();
    // The button goes with the failed state: keep the keyboard on the event.
    setTimeout(() => document.getElementById(`${id}-${m.id}`)?.focus(), 0);
    timers.current.forEach(clearTimeout);
    timers.current = LOOK_AGAIN_MS.map((ms) =>
      setTimeout(() => {
        list.refresh();
        changed();
      }, ms),
    );
  };

  const items = list.items ?? [];
  return (
    <div class="wh-log" id={id} role="region" aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t.deliveriesTo(name)}</h4>
      <div class="wh-log-tools">
        <SelectField
          id={`${id}-status`}
          label={t.show}
          value={status}
          choices={[{ value: '', label: t.all }, ...SHOW.map((s) => ({ value: s, label: t.status[s] }))]}
          onChange={(value) => setStatus(value as Status | '')}
        />
        <button type="button" class="secondary small" onClick={() => list.refresh()}>
          {t.refresh}
        </button>
      </div>
      <p role="status" class="muted small action-status">
        {said}
      </p>
      {failed && (
        <p role="alert" class="error-text">
          {failed}
        </p>
      )}
      {list.error && <ErrorNote error={list.error} retry={list.reload} />}
      {list.items && items.length === 0 && !list.next && (
        <p class="note">{status ? t.noneOf[status] : t.noEvents}</p>
      )}
      {items.length > 0 && (
        <ol class="wh-events">
          {items.map((m, i) => (
            <li key={m.id} id={`${id}-${m.id}`} tabIndex={-1} class={`wh-event is-${m.status}`}>
              <div class="wh-event-head">
                <span>
                  <strong>{eventInfo()[m.event].label}</strong> <code class="muted">{m.event}</code>
                </span>
                <span class={`wh-state s-${m.status}`}>{t.status[m.status]}</span>
              </div>
              <p class="muted small wh-event-facts">
                {t.created(fmtTime(m.createdAt))} · {t.tries(m.attempts)}
                {m.nextAt && ` · ${t.nextTry(fmtTime(m.nextAt))}`}
                {m.responseId && (
                  <>
                    {` · ${t.response} `}<code>{m.responseId.slice(0, 8)}</code>
                  </>
                )}
              </p>
              <Tries m={m} />
              {m.status !== 'pending' && (
                <button
                  type="button"
                  class="secondary small"
                  aria-label={t.sendAgainOne(eventInfo()[m.event].label, fmtTime(m.createdAt))}
                  onClick={() => resend(m, i)}
                >
                  {t.sendAgain}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <More list={list} noun={t.list} />
    </div>
  );
}
