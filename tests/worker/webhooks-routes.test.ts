// The webhook routes of Settings (admins): the secret shown once and rotatable, the production rule
// on targets, the delivery log with every try, "send again" with the same webhook-id, enabling an
// endpoint again after a 410, and nobody else reaching any of it.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import type { WebhookEndpoint, WebhookMessagePage } from '../../shared/api';
import app from '../../worker/src/index';
import { addUser, asSession, BASE, call, signIn, type Session } from './setup/dashboard';
import { anyClient, createApiKey, createSite, post, responseBody } from './setup/fixtures';
import { expectedSignature, HOOK, outbox, receiver, until, useReceiver } from './setup/webhooks';

let admin: Session;
const W = '/api/v1/sites/acme/webhooks';

useReceiver(async () => {
  await createSite('acme');
  await createSite('beta');
  await addUser('boss@acme.test', 'a long password', 'admin');
  admin = await signIn('boss@acme.test', 'a long password');
});

async function add(body: Record<string, unknown>): Promise<WebhookEndpoint> {
  const res = await call(admin, W, { method: 'POST', json: body });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as WebhookEndpoint;
}

describe('webhook endpoints in Settings', () => {
  it('adds an endpoint and shows its secret that once; lists it without the secret', async () => {
    const ep = await add({ url: `${HOOK}/voce`, events: ['response.negative', 'digest.weekly'], format: 'slack', description: 'Team channel', filter: { agent: 'luca' } });
    expect(ep).toMatchObject({ url: `${HOOK}/voce`, events: ['response.negative', 'digest.weekly'], format: 'slack', description: 'Team channel', filter: { agent: 'luca' }, disabledAt: null, pending: 0, failed: 0, lastAttempt: null });
    expect(ep.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const list = (await (await call(admin, W)).json()) as { endpoints: WebhookEndpoint[] };
    expect(list.endpoints).toHaveLength(1);
    expect(list.endpoints[0]).not.toHaveProperty('secret');
    expect(JSON.stringify(list)).not.toContain(ep.secret!.slice(6, 20));
  });

  it('refuses private, loopback and plain-http targets on a deployed worker, and takes http://127.0.0.1 locally', async () => {
    const production = { ...env, VOCE_DEV: undefined };
    const send = async (url: string, bindings: object) => {
      const ctx = createExecutionContext();
      const init = asSession(admin, { method: 'POST', json: { url }, headers: { 'CF-Connecting-IP': anyClient() } });
      const res = await app.fetch(new Request(`${BASE}${W}`, init), bindings, ctx);
      await waitOnExecutionContext(ctx);
      return res;
    };
    for (const url of ['http://127.0.0.1:9000/hook', 'https://10.0.0.5/x', 'https://169.254.169.254/latest', 'https://[::1]/x', 'https://localhost/x', 'http://hooks.acme.test/x']) {
      const res = await send(url, production);
      expect(res.status, url).toBe(400);
      expect(((await res.json()) as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe('url');
    }
    expect((await send('http://127.0.0.1:9000/hook', env)).status).toBe(201);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM webhook_endpoints').first('n')).toBe(1);
  });

  it('changes events, format and filter; rotates the secret, after which only the new one signs', async () => {
    const ep = await add({ url: `${HOOK}/voce`, events: ['response.created'] });
    const changed = await call(admin, `${W}/${ep.id}`, { method: 'PATCH', json: { events: ['response.negative'], filter: { channel: 'email' }, description: null } });
    expect(await changed.json()).toMatchObject({ events: ['response.negative'], filter: { channel: 'email' }, format: 'standard' });
    const rotated = (await (await call(admin, `${W}/${ep.id}/secret`, { method: 'POST' })).json()) as WebhookEndpoint;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(ep.secret);
    await post(responseBody({ answers: { csat: 1 }, meta: { agent: 'mario', channel: 'email' } }));
    await until(async () => receiver.received.length === 1);
    const got = receiver.received[0]!;
    const { 'webhook-id': id, 'webhook-timestamp': ts, 'webhook-signature': sig } = got.headers;
    expect(sig).toBe(await expectedSignature(id!, ts!, got.body, rotated.secret));
    expect(sig).not.toBe(await expectedSignature(id!, ts!, got.body, ep.secret));
    expect((await call(admin, `${W}/${ep.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(admin, `${W}/${ep.id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('logs every try with its status, sends a failed event again with the same webhook-id, and enables an endpoint again after a 410', async () => {
    const ep = await add({ url: `${HOOK}/voce` });
    receiver.answers = [500];
    await post(responseBody({ answers: { nps: 1 } }));
    await until(async () => (await outbox())[0]!.attempts === 1);
    // Past the retries: failed.
    await env.DB.prepare("UPDATE webhook_outbox SET status = 'failed'").run();
    let log = (await (await call(admin, `${W}/${ep.id}/messages`)).json()) as WebhookMessagePage;
    expect(log.items).toHaveLength(1);
    expect(log.items[0]).toMatchObject({ event: 'response.negative', status: 'failed', attempts: 1, nextAt: null });
    expect(log.items[0]!.tries).toEqual([expect.objectContaining({ status: 500, error: null })]);
    const listed = ((await (await call(admin, W)).json()) as { endpoints: WebhookEndpoint[] }).endpoints[0]!;
    expect(listed).toMatchObject({ failed: 1, pending: 0, lastAttempt: { status: 500 } });

    receiver.answers = [410];
    const msg = log.items[0]!.id;
    expect((await call(admin, `${W}/${ep.id}/messages/${msg}/resend`, { method: 'POST' })).status).toBe(202);
    await until(async () => (await outbox())[0]!.attempts === 1 && (await outbox())[0]!.status !== 'pending');
    const disabled = ((await (await call(admin, W)).json()) as { endpoints: WebhookEndpoint[] }).endpoints[0]!;
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.disabledReason).toMatch(/410/);

    expect(await (await call(admin, `${W}/${ep.id}`, { method: 'PATCH', json: { enabled: true } })).json()).toMatchObject({ disabledAt: null, disabledReason: null });
    expect((await call(admin, `${W}/${ep.id}/messages/${msg}/resend`, { method: 'POST' })).status).toBe(202);
    await until(async () => (await outbox())[0]!.status === 'delivered');
    expect(new Set(receiver.received.map((r) => r.headers['webhook-id']))).toEqual(new Set([msg]));
    expect(receiver.received).toHaveLength(3);
    log = (await (await call(admin, `${W}/${ep.id}/messages?status=delivered`)).json()) as WebhookMessagePage;
    expect(log.items[0]!.tries.map((t) => t.status)).toEqual([200, 410, 500]);
    // Nothing to send again while it waits or once it is gone.
    expect((await call(admin, `${W}/${ep.id}/messages/msg_nothing/resend`, { method: 'POST' })).status).toBe(404);
  });

  it('pages the delivery log newest first', async () => {
    const ep = await add({ url: `${HOOK}/voce`, events: ['response.created'] });
    await env.DB.prepare(
      `INSERT INTO webhook_outbox (id, endpoint_id, site_id, event, payload, created_at, next_at, status)
       SELECT printf('msg_%03d', value), ?1, 'acme', 'response.created', '{}', 1000 + value, 0, 'delivered' FROM json_each(?2)`,
    )
      .bind(ep.id, JSON.stringify(Array.from({ length: 45 }, (_, i) => i)))
      .run();
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const page = (await (await call(admin, `${W}/${ep.id}/messages${cursor ? `?cursor=${cursor}` : ''}`)).json()) as WebhookMessagePage;
      seen.push(...page.items.map((m) => m.id));
      cursor = page.next;
    }
    expect(seen).toEqual(Array.from({ length: 45 }, (_, i) => `msg_${String(44 - i).padStart(3, '0')}`));
  });

  it('is for admins only: responders, viewers, API keys and admins of other sites get 403', async () => {
    const ep = await add({ url: `${HOOK}/voce` });
    await addUser('resp@acme.test', 'a long password', 'responder');
    await addUser('view@acme.test', 'a long password', 'viewer');
    await addUser('beta@acme.test', 'a long password', 'admin');
    const betaUser = await env.DB.prepare("SELECT id FROM users WHERE email = 'beta@acme.test'").first<{ id: string }>();
    await env.DB.batch([
      env.DB.prepare('UPDATE users SET all_sites = 0 WHERE id = ?1').bind(betaUser!.id),
      env.DB.prepare("INSERT INTO user_sites (user_id, site_id) VALUES (?1, 'beta')").bind(betaUser!.id),
    ]);
    const key = await createApiKey('acme');
    for (const who of [await signIn('resp@acme.test', 'a long password'), await signIn('view@acme.test', 'a long password'), await signIn('beta@acme.test', 'a long password')]) {
      expect((await call(who, W)).status).toBe(403);
      expect((await call(who, W, { method: 'POST', json: { url: `${HOOK}/x` } })).status).toBe(403);
      expect((await call(who, `${W}/${ep.id}/secret`, { method: 'POST' })).status).toBe(403);
      expect((await call(who, `${W}/${ep.id}/messages`)).status).toBe(403);
    }
    expect((await call(null, W, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(403);
    // An admin of beta cannot reach acme's endpoint through beta either.
    expect((await call(admin, `/api/v1/sites/beta/webhooks/${ep.id}`, { method: 'DELETE' })).status).toBe(404);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM webhook_endpoints').first('n')).toBe(1);
  });
});
