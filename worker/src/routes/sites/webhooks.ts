// A site's webhook endpoints (admins; SPEC "Alerts and webhooks"): add one (its secret shown that
// once), change it, rotate its secret, enable it again after a 410, remove it; and its delivery log —
// every event with its tries (status codes, errors, never the receiver's body) — with "send again".
import { Hono } from 'hono';
import * as v from 'valibot';
import type { WebhookEndpoint, WebhookMessage, WebhookMessagePage } from '../../../../shared/api';
import { webhookUrlProblem, WebhookCreate, WebhookPatch } from '../../../../shared/schemas';
import { decodeListCursor, encodeListCursor } from '../../db/lists';
import { limitBody } from '../../middleware/body';
import { ApiError } from '../../middleware/errors';
import { mustBeAdmin } from '../../middleware/session';
import { parseJsonText, validate } from '../../validate';
import { sendAfterCommit } from '../../webhooks/deliver';
import { newSecret } from '../../webhooks/sign';
import type { SiteEnv } from './access';

export const webhooks = new Hono<SiteEnv>();

webhooks.use('/webhooks', async (c, next) => (mustBeAdmin(c.get('principal')), next()));
webhooks.use('/webhooks/*', async (c, next) => (mustBeAdmin(c.get('principal')), next()));

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

function checkUrl(url: string, local: boolean): void {
  const problem = webhookUrlProblem(url, local);
  if (problem) throw new ApiError(400, 'invalid_request', 'The endpoint URL is not accepted', [{ path: 'url', message: problem }]);
}

interface EndpointRow {
  id: string;
  url: string;
  events: string;
  format: WebhookEndpoint['format'];
  description: string | null;
  survey_id: string | null;
  agent: string | null;
  channel: string | null;
  created_at: number;
  disabled_at: number | null;
  disabled_reason: string | null;
  pending: number;
  failed: number;
  last: string | null;
}

// SQLite uses a partial index only where the query's WHERE holds the index's own term (status <> 'delivered'):
// status = 'pending' alone does not count as implying it, and INDEXED BY then fails ("no query solution").
const ENDPOINTS = `SELECT e.id, e.url, e.events, e.format, e.description, e.survey_id, e.agent, e.channel, e.created_at, e.disabled_at, e.disabled_reason,
    (SELECT count(*) FROM webhook_outbox o INDEXED BY webhook_outbox_undelivered WHERE o.endpoint_id = e.id AND o.status <> 'delivered' AND o.status = 'pending') AS pending,
    (SELECT count(*) FROM webhook_outbox o INDEXED BY webhook_outbox_undelivered WHERE o.endpoint_id = e.id AND o.status <> 'delivered' AND o.status = 'failed') AS failed,
    (SELECT json_object('at', a.at, 'status', a.status, 'error', a.error) FROM webhook_attempts a WHERE a.endpoint_id = e.id ORDER BY a.at DESC, a.id DESC LIMIT 1) AS last
  FROM webhook_endpoints e WHERE e.site_id = ?1`;

function toEndpoint(r: EndpointRow): WebhookEndpoint {
  const last = r.last ? (JSON.parse(r.last) as { at: number; status: number | null; error: string | null }) : null;
  return {
    id: r.id,
    url: r.url,
    events: JSON.parse(r.events) as WebhookEndpoint['events'],
    format: r.format,
    description: r.description,
    filter: { ...(r.survey_id && { survey: r.survey_id }), ...(r.agent && { agent: r.agent }), ...(r.channel && { channel: r.channel }) },
    createdAt: iso(r.created_at)!,
    disabledAt: iso(r.disabled_at),
    disabledReason: r.disabled_reason,
    pending: r.pending,
    failed: r.failed,
    lastAttempt: last && { at: iso(last.at)!, status: last.status, error: last.error },
  };
}

async function endpoint(db: D1Database, site: string, id: string): Promise<WebhookEndpoint> {
  const row = await db.prepare(`${ENDPOINTS} AND e.id = ?2`).bind(site, id).first<EndpointRow>();
  if (!row) throw new ApiError(404, 'not_found', 'No such webhook endpoint');
  return toEndpoint(row);
}

webhooks.get('/webhooks', async (c) => {
  const { results } = await c.env.DB.prepare(`${ENDPOINTS} ORDER BY e.created_at, e.id`).bind(c.get('site')).all<EndpointRow>();
  return c.json({ endpoints: results.map(toEndpoint) });
});

webhooks.post('/webhooks', limitBody(), async (c) => {
  const body = validate(WebhookCreate, parseJsonText(await c.req.text()), 'webhook');
  checkUrl(body.url, Boolean(c.env.VOCE_DEV));
  const id = `ep_${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  const secret = newSecret();
  await c.env.DB.prepare(
    `INSERT INTO webhook_endpoints (id, site_id, url, events, format, secret, description, survey_id, agent, channel, created_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)`,
  )
    .bind(id, c.get('site'), body.url, JSON.stringify([...new Set(body.events)]), body.format, secret, body.description ?? null, body.filter.survey ?? null, body.filter.agent ?? null, body.filter.channel ?? null, Date.now())
    .run();
  // The only time the secret is ever sent.
  return c.json({ ...(await endpoint(c.env.DB, c.get('site'), id)), secret }, 201);
});

webhooks.patch('/webhooks/:id', limitBody(), async (c) => {
  const patch = validate(WebhookPatch, parseJsonText(await c.req.text()), 'webhook');
  const site = c.get('site');
  const id = c.req.param('id');
  const current = await endpoint(c.env.DB, site, id);
  if (patch.url !== undefined) checkUrl(patch.url, Boolean(c.env.VOCE_DEV));
  const filter = patch.filter ?? current.filter;
  await c.env.DB.prepare(
    `UPDATE webhook_endpoints SET url = ?3, events = ?4, format = ?5, description = ?6, survey_id = ?7, agent = ?8, channel = ?9,
            disabled_at = CASE WHEN ?10 THEN NULL ELSE disabled_at END, disabled_reason = CASE WHEN ?10 THEN NULL ELSE disabled_reason END
      WHERE site_id = ?1 AND id = ?2`,
  )
    .bind(
      site,
      id,
      patch.url ?? current.url,
      JSON.stringify([...new Set(patch.events ?? current.events)]),
      patch.format ?? current.format,
      patch.description !== undefined ? patch.description : current.description,
      filter.survey ?? null,
      filter.agent ?? null,
      filter.channel ?? null,
      patch.enabled === true ? 1 : 0,
    )
    .run();
  return c.json(await endpoint(c.env.DB, site, id));
});

/** A new secret, shown once; the old one stops signing at once. */
webhooks.post('/webhooks/:id/secret', async (c) => {
  const secret = newSecret();
  const r = await c.env.DB.prepare('UPDATE webhook_endpoints SET secret = ?3 WHERE site_id = ?1 AND id = ?2').bind(c.get('site'), c.req.param('id'), secret).run();
  if (!r.meta.changes) throw new ApiError(404, 'not_found', 'No such webhook endpoint');
  return c.json({ ...(await endpoint(c.env.DB, c.get('site'), c.req.param('id'))), secret });
});

webhooks.delete('/webhooks/:id', async (c) => {
  const r = await c.env.DB.prepare('DELETE FROM webhook_endpoints WHERE site_id = ?1 AND id = ?2').bind(c.get('site'), c.req.param('id')).run();
  if (!r.meta.changes) throw new ApiError(404, 'not_found', 'No such webhook endpoint');
  return c.json({ deleted: true });
});

const MessagesQuery = v.object({
  status: v.optional(v.picklist(['pending', 'delivered', 'failed'])),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});
const PAGE = 20;
/** Tries shown per event: the last ones (an event has at most 8). */
const TRIES = 8;

interface MessageRow {
  id: string;
  event: WebhookMessage['event'];
  response_id: string | null;
  status: WebhookMessage['status'];
  attempts: number;
  created_at: number;
  next_at: number;
}

/** The delivery log: the endpoint's events newest first, each with its tries. */
webhooks.get('/webhooks/:id/messages', async (c) => {
  const q = validate(MessagesQuery, c.req.query(), 'query');
  const site = c.get('site');
  const id = c.req.param('id');
  await endpoint(c.env.DB, site, id);
  const cursor = q.cursor ? decodeListCursor(q.cursor) : null;
  if ((q.cursor && !cursor) || (cursor && 'rowid' in cursor)) {
    throw new ApiError(400, 'invalid_request', 'Bad cursor', [{ path: 'cursor', message: 'Not a cursor of this list' }]);
  }
  const params: unknown[] = [id, PAGE + 1];
  let where = 'o.endpoint_id = ?1';
  if (q.status) where += ` AND o.status = ?${params.push(q.status)}`;
  if (cursor && 'at' in cursor) where += ` AND o.created_at <= ?${params.push(cursor.at)} AND (o.created_at < ?${params.length} OR o.id < ?${params.push(cursor.id)})`;
  const { results } = await c.env.DB.prepare(
    `SELECT o.id, o.event, o.response_id, o.status, o.attempts, o.created_at, o.next_at FROM webhook_outbox o INDEXED BY webhook_outbox_by_endpoint
      WHERE ${where} ORDER BY o.created_at DESC, o.id DESC LIMIT ?2`,
  )
    .bind(...params)
    .all<MessageRow>();
  const page = results.slice(0, PAGE);
  const tries = new Map<string, WebhookMessage['tries']>();
  if (page.length) {
    const { results: rows } = await c.env.DB.prepare(
      `SELECT message_id, at, status, error, duration_ms FROM webhook_attempts
        WHERE message_id IN (SELECT value FROM json_each(?1)) ORDER BY message_id, at DESC, id DESC`,
    )
      .bind(JSON.stringify(page.map((m) => m.id)))
      .all<{ message_id: string; at: number; status: number | null; error: string | null; duration_ms: number }>();
    for (const t of rows) {
      const list = tries.get(t.message_id) ?? [];
      if (list.length < TRIES) list.push({ at: iso(t.at)!, status: t.status, error: t.error, durationMs: t.duration_ms });
      tries.set(t.message_id, list);
    }
  }
  const last = page.at(-1);
  const body: WebhookMessagePage = {
    items: page.map((m) => ({
      id: m.id,
      event: m.event,
      responseId: m.response_id,
      status: m.status,
      attempts: m.attempts,
      createdAt: iso(m.created_at)!,
      nextAt: m.status === 'pending' ? iso(m.next_at) : null,
      tries: tries.get(m.id) ?? [],
    })),
    next: results.length > PAGE && last ? encodeListCursor({ at: last.created_at, id: last.id }) : null,
  };
  return c.json(body);
});

/** "Send again": a failed (or delivered) event goes back to pending, due now, with the same webhook-id. */
webhooks.post('/webhooks/:id/messages/:message/resend', async (c) => {
  const site = c.get('site');
  const r = await c.env.DB.prepare(
    `UPDATE webhook_outbox SET status = 'pending', attempts = 0, next_at = ?4
      WHERE site_id = ?1 AND endpoint_id = ?2 AND id = ?3 AND status <> 'pending' RETURNING id`,
  )
    .bind(site, c.req.param('id'), c.req.param('message'), Date.now())
    .first();
  if (!r) throw new ApiError(404, 'not_found', 'No such event that is not already waiting to be sent');
  sendAfterCommit(c as never, site);
  return c.json({ resent: true }, 202);
});
