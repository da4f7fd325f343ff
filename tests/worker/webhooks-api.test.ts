// The webhooks API the dashboard's Settings uses (admins): the endpoint list with its pending and failed
// counts and last try, adding one (secret once), field issues, enabling again, rotating, removing, the
// delivery log with its tries, and "send again". The receiver is fetchMock.
import { env, fetchMock } from 'cloudflare:test';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { WebhookEndpoint, WebhookMessagePage } from '../../shared/api';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { createSite, post, responseBody } from './setup/fixtures';

const HOOK = 'https://hooks.example.test';
let admin: Session;
let viewer: Session;
let answers: number[] = [];
let received = 0;

beforeAll(async () => {
  fetchMock.activate();
  fetchMock.disableNetConnect();
  await createSite('acme');
  await addUser('admin@acme.test', 'admin password 1', 'admin');
  await addUser('viewer@acme.test', 'viewer password 1', 'viewer');
  admin = await signIn('admin@acme.test', 'admin password 1');
  viewer = await signIn('viewer@acme.test', 'viewer password 1');
});
beforeEach(() => {
  answers = [];
  received = 0;
  fetchMock
    .get(HOOK)
    .intercept({ path: '/voce', method: 'POST' })
    .reply(() => (received++, { statusCode: answers.shift() ?? 200, data: 'ok' }))
    .persist();
});

const PATH = '/api/v1/sites/acme/webhooks';
const list = async () => ((await (await call(admin, PATH)).json()) as { endpoints: WebhookEndpoint[] }).endpoints;
const messages = async (id: string, q = '') => (await (await call(admin, `${PATH}/${id}/messages${q}`)).json()) as WebhookMessagePage;

async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

async function add(body: Record<string, unknown> = {}): Promise<WebhookEndpoint> {
  const res = await call(admin, PATH, { method: 'POST', json: { url: `${HOOK}/voce`, ...body } });
  expect(res.status).toBe(201);
  return (await res.json()) as WebhookEndpoint;
}

describe('GET and POST /api/v1/sites/:site/webhooks', () => {
  it('adds an endpoint, answers its secret that once, and lists it with its counts and last try', async () => {
    const created = await add({ events: ['response.negative'], description: 'Ops', filter: { agent: 'mario' } });
    expect(created.secret).toMatch(/^whsec_/);
    expect(created).toMatchObject({ description: 'Ops', filter: { agent: 'mario' }, pending: 0, failed: 0, lastAttempt: null, disabledAt: null });
    answers = [503];
    await post(responseBody({ answers: { nps: 1 } }));
    await until(async () => (await list())[0]!.lastAttempt !== null);
    const [listed] = await list();
    expect(listed).not.toHaveProperty('secret');
    expect(listed).toMatchObject({ id: created.id, pending: 1, failed: 0, lastAttempt: { status: 503, error: null } });
    await env.DB.prepare("UPDATE webhook_outbox SET status = 'failed'").run();
    expect((await list())[0]).toMatchObject({ pending: 0, failed: 1 });
  });

  it('refuses a URL it may not send to with the issue at `url`, and viewers with 403', async () => {
    const res = await call(admin, PATH, { method: 'POST', json: { url: 'http://hooks.example.test/voce' } });
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { issues: [{ path: 'url', message: expect.stringContaining('https://') }] } });
    const events = await call(admin, PATH, { method: 'POST', json: { url: `${HOOK}/voce`, events: [] } });
    expect(await events.json()).toMatchObject({ error: { issues: [{ path: 'events' }] } });
    expect((await call(viewer, PATH)).status).toBe(403);
    expect((await call(viewer, PATH, { method: 'POST', json: { url: `${HOOK}/voce` } })).status).toBe(403);
  });
});

describe('PATCH, secret and DELETE /api/v1/sites/:site/webhooks/:id', () => {
  it('enables again an endpoint its receiver disabled with a 410', async () => {
    const e = await add();
    answers = [410];
    await post(responseBody({ answers: { nps: 1 } }));
    await until(async () => (await list())[0]!.disabledAt !== null);
    expect((await list())[0]!.disabledReason).toMatch(/410/);
    const res = await call(admin, `${PATH}/${e.id}`, { method: 'PATCH', json: { enabled: true } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ disabledAt: null, disabledReason: null });
  });

  it('rotates the secret (answered once) and removes the endpoint', async () => {
    const e = await add();
    const res = await call(admin, `${PATH}/${e.id}/secret`, { method: 'POST' });
    expect(res.status).toBe(200);
    const rotated = (await res.json()) as WebhookEndpoint;
    expect(rotated.secret).toMatch(/^whsec_/);
    expect(rotated.secret).not.toBe(e.secret);
    const stored = await env.DB.prepare('SELECT secret FROM webhook_endpoints WHERE id = ?1').bind(e.id).first<{ secret: string }>();
    expect(stored!.secret).toBe(rotated.secret);
    expect((await call(admin, `${PATH}/${e.id}`, { method: 'DELETE' })).status).toBe(200);
    expect(await list()).toEqual([]);
    expect((await call(admin, `${PATH}/${e.id}/secret`, { method: 'POST' })).status).toBe(404);
  });
});

describe('GET /api/v1/sites/:site/webhooks/:id/messages and resend', () => {
  it('lists each event with its tries, filters by status, and sends a failed one again with the same webhook-id', async () => {
    const e = await add();
    answers = [503];
    await post(responseBody({ answers: { nps: 1 } }));
    await until(async () => (await messages(e.id)).items[0]?.tries.length === 1);
    const [m] = (await messages(e.id)).items;
    expect(m).toMatchObject({ event: 'response.negative', status: 'pending', attempts: 1, tries: [{ status: 503, error: null }] });
    expect(m!.nextAt).not.toBeNull();
    expect(typeof m!.tries[0]!.durationMs).toBe('number');

    await env.DB.prepare("UPDATE webhook_outbox SET status = 'failed'").run();
    expect((await messages(e.id, '?status=failed')).items.map((x) => x.id)).toEqual([m!.id]);
    expect((await messages(e.id, '?status=delivered')).items).toEqual([]);

    const resend = await call(admin, `${PATH}/${e.id}/messages/${m!.id}/resend`, { method: 'POST' });
    expect(resend.status).toBe(202);
    await until(async () => (await messages(e.id)).items[0]!.status === 'delivered');
    const after = (await messages(e.id)).items[0]!;
    expect(after.tries.map((t) => t.status)).toEqual([200, 503]);
    expect(received).toBe(2);
    // Only an event that is not already waiting can be sent again.
    await env.DB.prepare("UPDATE webhook_outbox SET status = 'pending'").run();
    expect((await call(admin, `${PATH}/${e.id}/messages/${m!.id}/resend`, { method: 'POST' })).status).toBe(404);
  });
});
