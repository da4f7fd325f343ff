// Sending the outbox (issue #12, SPEC "Alerts and webhooks"): after the commit that wrote an event
// (waitUntil), and every minute from the cron for anything unsent or failed before. At least once:
// every try of an event carries the same webhook-id. A 2xx ends it, 410 disables the endpoint, and
// anything else is tried again on the SPEC's schedule, then marked failed.
import type { Context } from 'hono';
import type { AppEnv } from '../env';
import { keepAlive } from '../keep-alive';
import { publicOrigin } from '../middleware/cors';
import type { DigestData } from '../../../shared/api';
import { dashboardLink, digestAlert, followUpAlert, responseAlert, toSlack, toTeams, type AlertResponse, type FollowUpChange } from './formats';
import { targetProblem } from './resolve';
import { sign } from './sign';

/** After the first try: about 5 s, 5 min, 30 min, 2 h, 5 h, 10 h and 24 h. */
export const RETRY_MS = [5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 86_400_000];
const TIMEOUT_MS = 10_000;
/** How long a claimed event is left to the sender that claimed it before another may try it. */
const LEASE_MS = 60_000;

interface Due {
  id: string;
  endpoint_id: string;
  response_id: string | null;
  event: string;
  payload: string;
  attempts: number;
  url: string;
  secret: string;
  format: 'standard' | 'slack' | 'teams';
}

export interface Try {
  id: string;
  status: number | null;
  outcome: 'delivered' | 'retry' | 'failed' | 'disabled';
}

/** One try: the signed POST, 10 s at most, no redirect followed (a 3xx is a failed try). */
async function send(e: Due, now: number, local: boolean): Promise<{ status: number | null; error: string | null }> {
  const refused = await targetProblem(e.url, local);
  if (refused) return { status: null, error: `Not sent: ${refused}` };
  const timestamp = Math.floor(now / 1000);
  try {
    const res = await fetch(e.url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'webhook-id': e.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': await sign(e.secret, e.id, timestamp, e.payload),
      },
      body: e.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    await res.body?.cancel(); // the receiver's body is never stored
    return { status: res.status, error: null };
  } catch (err) {
    return { status: null, error: (err as Error).name === 'TimeoutError' ? 'timeout after 10 s' : String((err as Error).message).slice(0, 200) };
  }
}

/**
 * The body of a try: the stored event (standard), or a chat message (null: its response was erased).
 * Response alerts show the response as it is now; follow-up changes and digests what was stored.
 */
async function bodyOf(db: D1Database, e: Due, origin: string | null): Promise<string | null> {
  if (e.format === 'standard') return e.payload;
  const render = e.format === 'slack' ? toSlack : toTeams;
  const data = (JSON.parse(e.payload) as { data: unknown }).data;
  if (e.event === 'digest.weekly') return JSON.stringify(render(digestAlert(data as DigestData)));
  const r = e.response_id
    ? await db
        .prepare('SELECT r.id, r.site_id, s.name AS site_name, r.ticket, r.nps, r.csat, r.ces, r.comment, r.lang, r.agent, r.channel FROM responses r JOIN sites s ON s.id = r.site_id WHERE r.id = ?1')
        .bind(e.response_id)
        .first<AlertResponse>()
    : null;
  if (!r) return null;
  const link = dashboardLink(origin, r);
  if (e.event === 'followup.updated') {
    const { followup, by } = data as { followup: FollowUpChange; by: string | null };
    return JSON.stringify(render(followUpAlert(r, followup, by, link)));
  }
  return JSON.stringify(render(responseAlert(e.event, r, link)));
}

export interface DeliverOptions {
  /** Only this site's events (a request's own); all sites' without it (the cron). */
  site?: string;
  limit?: number;
  now?: number;
  /** The dashboard's origin, for the links in chat messages (PUBLIC_ORIGIN, or the request's locally). */
  origin?: string | null;
  /** Local development (VOCE_DEV set): http to loopback allowed, no DNS check. */
  local?: boolean;
}

/** Sends what is due, at most `limit` events; says what became of each. */
export async function deliverDue(db: D1Database, opts: DeliverOptions = {}): Promise<Try[]> {
  const now = opts.now ?? Date.now();
  // Claim: move next_at past the lease, so a concurrent sender (another request, the cron) skips it.
  const { results } = await db
    .prepare(
      `UPDATE webhook_outbox SET next_at = ?1 + ${LEASE_MS}
        WHERE id IN (SELECT o.id FROM webhook_outbox o JOIN webhook_endpoints e ON e.id = o.endpoint_id
                      WHERE o.status = 'pending' AND o.next_at <= ?1 AND e.disabled_at IS NULL ${opts.site ? 'AND o.site_id = ?3' : ''}
                      ORDER BY o.next_at LIMIT ?2)
        RETURNING id, endpoint_id, response_id, event, payload, attempts,
          (SELECT url FROM webhook_endpoints WHERE id = endpoint_id) AS url,
          (SELECT secret FROM webhook_endpoints WHERE id = endpoint_id) AS secret,
          (SELECT format FROM webhook_endpoints WHERE id = endpoint_id) AS format`,
    )
    .bind(now, opts.limit ?? 20, ...(opts.site ? [opts.site] : []))
    .all<Due>();
  const tries = await Promise.all(
    results.map(async (e) => {
      const started = Date.now();
      const body = await bodyOf(db, e, opts.origin ?? null);
      const { status, error } = body === null ? { status: null, error: 'the response was erased' } : await send({ ...e, payload: body }, now, opts.local ?? false);
      const attempts = e.attempts + 1;
      const ok = status !== null && status >= 200 && status < 300;
      const outcome: Try['outcome'] = ok ? 'delivered' : status === 410 ? 'disabled' : body === null || attempts > RETRY_MS.length ? 'failed' : 'retry';
      return { e, status, error, attempts, outcome, ms: Date.now() - started };
    }),
  );
  if (tries.length === 0) return [];
  // One D1 batch of two statements records every try of this call, whatever their number.
  const rows = JSON.stringify(
    tries.map(({ e, status, error, attempts, outcome, ms }) => ({
      id: e.id,
      endpoint: e.endpoint_id,
      status: outcome === 'delivered' ? 'delivered' : outcome === 'retry' ? 'pending' : 'failed',
      attempts,
      next: outcome === 'retry' ? now + RETRY_MS[attempts - 1]! : now,
      code: status,
      error,
      ms,
    })),
  );
  const gone = [...new Set(tries.filter((t) => t.outcome === 'disabled').map((t) => t.e.endpoint_id))];
  await db.batch([
    db
      .prepare(
        `UPDATE webhook_outbox SET status = t.value ->> 'status', attempts = t.value ->> 'attempts', next_at = t.value ->> 'next', last_at = ?2,
                last_status = t.value ->> 'code', last_error = t.value ->> 'error'
           FROM json_each(?1) AS t WHERE webhook_outbox.id = t.value ->> 'id'`,
      )
      .bind(rows, now),
    db
      .prepare(
        `INSERT INTO webhook_attempts (message_id, endpoint_id, at, status, error, duration_ms)
         SELECT value ->> 'id', value ->> 'endpoint', ?2, value ->> 'code', value ->> 'error', value ->> 'ms' FROM json_each(?1)`,
      )
      .bind(rows, now),
    ...gone.map((id) => db.prepare("UPDATE webhook_endpoints SET disabled_at = ?2, disabled_reason = 'The receiver answered 410 Gone' WHERE id = ?1").bind(id, now)),
  ]);
  return tries.map(({ e, status, outcome }) => ({ id: e.id, status, outcome }));
}

/**
 * Sites whose after-commit sending is under way in this isolate. Under load, each answer of a shared
 * D1 batch would claim the outbox and record its tries on its own: D1 round trips that compete with
 * the answers' own writes. Instead one request sends, and while others commit events meanwhile
 * (`again`) it goes round again a moment later, claiming all of theirs at once. Answers come first:
 * while they keep arriving, a round sends at most BUSY_ROUND events (a flood of unhappy answers is not
 * slowed down by its own alerts — bench section 2); once they stop, IDLE_ROUND, to catch up at once.
 */
const sending = new Map<string, { again: boolean; since: number }>();
const BUSY_ROUND = 25;
const IDLE_ROUND = 200;
const ROUND_GAP_MS = 250;
/** How long one request goes round; then the next commit's request, or the cron, takes over. */
const DRAIN_MS = 25_000; // within the 30 s a request's waitUntil may run past its response

/** After a commit that wrote events: send them at once, past the answer to the client (waitUntil). */
export function sendAfterCommit(c: Context<AppEnv>, site: string): void {
  const wait = keepAlive(c);
  if (!wait) return; // an in-process call without a context: the cron sends them
  const running = sending.get(site);
  // A sender whose request was cancelled mid-round never clears its entry: replaced once it is stale.
  if (running && Date.now() - running.since < DRAIN_MS + TIMEOUT_MS) {
    running.again = true;
    return;
  }
  const state = { again: false, since: Date.now() };
  sending.set(site, state);
  let origin: string | null = null;
  try {
    origin = publicOrigin(c);
  } catch {
    // a misconfigured PUBLIC_ORIGIN: chat messages go without the link
  }
  const local = Boolean(c.env.VOCE_DEV);
  wait(
    (async () => {
      try {
        for (let limit = BUSY_ROUND; ; ) {
          state.again = false;
          const tries = await deliverDue(c.env.DB, { site, origin, local, limit });
          // Nothing committed meanwhile and nothing left over: done, with no await before the delete
          // below, so a commit from now on starts a sender of its own.
          if ((!state.again && tries.length < limit) || Date.now() - state.since > DRAIN_MS) break;
          await new Promise((r) => setTimeout(r, ROUND_GAP_MS));
          limit = state.again ? BUSY_ROUND : IDLE_ROUND;
        }
      } catch (err) {
        console.error('webhook delivery failed', err);
      } finally {
        if (sending.get(site) === state) sending.delete(site);
      }
    })(),
  );
}
