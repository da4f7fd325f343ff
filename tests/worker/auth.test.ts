import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { setupCodeHash } from '../../shared/keys';
import { createApiKey, createSite } from './setup/fixtures';
import { addUser, BASE, call, signIn } from './setup/dashboard';

describe('/api/v1/auth', () => {
  it('asks for the first admin on an empty database, creates it once with the setup code, and signs it in', async () => {
    const state = (await (await SELF.fetch(`${BASE}/api/v1/auth/state`)).json()) as { needsSetup: boolean };
    expect(state.needsSetup).toBe(true);
    const now = Date.now();
    await env.DB.prepare('INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (?1, ?2, ?3)').bind(await setupCodeHash('K7QF-9M2D-X4TB-ZP6W'), now, now + 3600_000).run();
    const weak = await SELF.fetch(`${BASE}/api/v1/auth/setup`, { method: 'POST', body: JSON.stringify({ email: 'boss@acme.test', password: 'short', setupCode: 'K7QF-9M2D-X4TB-ZP6W' }) });
    expect(weak.status).toBe(400);
    const res = await SELF.fetch(`${BASE}/api/v1/auth/setup`, {
      method: 'POST',
      body: JSON.stringify({ email: 'Boss@Acme.test', password: 'correct horse battery', setupCode: 'K7QF-9M2D-X4TB-ZP6W' }),
    });
    expect(res.status).toBe(201);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^voce_session=/); // plain http: no __Host- (it needs Secure)
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const again = await SELF.fetch(`${BASE}/api/v1/auth/setup`, { method: 'POST', body: JSON.stringify({ email: 'x@acme.test', password: 'another long password' }) });
    expect(again.status).toBe(409);
    const s = await signIn('boss@acme.test', 'correct horse battery');
    const me = (await (await call(s, '/api/v1/auth/state')).json()) as { user: { email: string; role: string }; csrf: string };
    expect(me.user).toEqual({ email: 'boss@acme.test', role: 'admin', sites: null });
    expect(me.csrf).toEqual(s.csrf);
  });

  it('sets a __Host- cookie that is Secure over https', async () => {
    await addUser('https@acme.test', 'long enough password', 'viewer');
    const res = await SELF.fetch('https://voce.test/api/v1/auth/login', {
      method: 'POST',
      body: JSON.stringify({ email: 'https@acme.test', password: 'long enough password' }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/^__Host-voce_session=.*; Path=\/;.*HttpOnly; Secure; SameSite=Lax/);
  });

  it('refuses a wrong password or an unknown email with the same 401', async () => {
    await addUser('ann@acme.test', 'the right password', 'viewer');
    const wrong = await SELF.fetch(`${BASE}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ email: 'ann@acme.test', password: 'nope' }) });
    const unknown = await SELF.fetch(`${BASE}/api/v1/auth/login`, { method: 'POST', body: JSON.stringify({ email: 'who@acme.test', password: 'nope' }) });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toBe(await unknown.text());
  });

  it('signs out: the cookie no longer works', async () => {
    await addUser('out@acme.test', 'the right password', 'admin');
    const s = await signIn('out@acme.test', 'the right password');
    expect((await call(s, '/api/v1/sites')).status).toBe(200);
    expect((await call(s, '/api/v1/auth/logout', { method: 'POST' })).status).toBe(200);
    expect((await call(s, '/api/v1/sites')).status).toBe(401);
  });
});

describe('access to /api/v1/sites', () => {
  beforeAll(async () => {
    await createSite('acme');
    await createSite('other', ['https://other.test']);
    await addUser('admin@acme.test', 'admin password 1', 'admin');
    await addUser('viewer@acme.test', 'viewer password 1', 'viewer');
  });

  it('answers 401 without a session or key', async () => {
    for (const path of ['/api/v1/sites', '/api/v1/sites/acme/summary', '/api/v1/sites/acme/export.csv', '/api/v1/users']) {
      const res = await call(null, path);
      expect(res.status, path).toBe(401);
      expect((await res.json()) as object).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });

  it('lets a key read its own site and answers 403 for another site’s data', async () => {
    const key = await createApiKey('acme');
    const headers = { Authorization: `Bearer ${key}` };
    expect((await call(null, '/api/v1/sites/acme/summary', { headers })).status).toBe(200);
    expect((await call(null, '/api/v1/sites/other/summary', { headers })).status).toBe(403);
    const list = (await (await call(null, '/api/v1/sites', { headers })).json()) as { sites: { id: string }[] };
    expect(list.sites.map((s) => s.id)).toEqual(['acme']);
    // A key can read and erase, not change settings.
    expect((await call(null, '/api/v1/sites/acme/settings', { headers })).status).toBe(403);
  });

  it('lets a viewer read but not change settings (403)', async () => {
    const s = await signIn('viewer@acme.test', 'viewer password 1');
    expect((await call(s, '/api/v1/sites/acme/summary')).status).toBe(200);
    expect((await call(s, '/api/v1/sites/acme/settings')).status).toBe(403);
    expect((await call(s, '/api/v1/sites/acme/origins', { method: 'POST', json: { origin: 'https://x.test' } })).status).toBe(403);
    expect((await call(s, '/api/v1/sites/acme/keys', { method: 'POST', json: {} })).status).toBe(403);
    expect((await call(s, '/api/v1/users', { method: 'POST', json: { email: 'x@y.z', password: 'long enough pass', role: 'admin' } })).status).toBe(403);
    expect((await call(s, '/api/v1/sites/acme/tickets/T-1', { method: 'DELETE' })).status).toBe(403);
  });

  it('refuses a cross-site POST that carries the cookie (403), and one without the CSRF token', async () => {
    const s = await signIn('admin@acme.test', 'admin password 1');
    const crossSite = await call(s, '/api/v1/sites/acme/origins', { method: 'POST', json: { origin: 'https://x.test' }, headers: { Origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    const noToken = await call(s, '/api/v1/sites/acme/origins', { method: 'POST', json: { origin: 'https://x.test' }, headers: { 'X-CSRF-Token': '' } });
    expect(noToken.status).toBe(403);
    // The collector remembers sites for a few seconds; an origin added through the API counts at once.
    const postFrom = () =>
      SELF.fetch(`${BASE}/api/v1/responses`, {
        method: 'POST',
        headers: { Origin: 'https://x.test' },
        body: JSON.stringify({ id: crypto.randomUUID(), site: 'acme', survey: 'support', answers: { nps: 9 } }),
      });
    expect((await postFrom()).status).toBe(403);
    const ok = await call(s, '/api/v1/sites/acme/origins', { method: 'POST', json: { origin: 'https://x.test' } });
    expect(ok.status).toBe(201);
    expect((await postFrom()).status).toBe(201);
  });

  it('lets an admin create a key that is shown once, and revoke it', async () => {
    const s = await signIn('admin@acme.test', 'admin password 1');
    const created = (await (await call(s, '/api/v1/sites/acme/keys', { method: 'POST', json: { label: 'Zendesk' } })).json()) as { id: string; key: string };
    expect(created.key).toMatch(/^voce_/);
    const listed = await (await call(s, '/api/v1/sites/acme/settings')).text();
    expect(listed).not.toContain(created.key);
    expect((await call(null, '/api/v1/sites/acme/summary', { headers: { Authorization: `Bearer ${created.key}` } })).status).toBe(200);
    expect((await call(s, `/api/v1/sites/acme/keys/${created.id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(null, '/api/v1/sites/acme/summary', { headers: { Authorization: `Bearer ${created.key}` } })).status).toBe(401);
  });
});

describe('session expiry', () => {
  it('ends a session after 8 idle hours and after 7 days in any case', async () => {
    await addUser('idle@acme.test', 'an idle password', 'viewer');
    const idle = await signIn('idle@acme.test', 'an idle password');
    const aged = await signIn('idle@acme.test', 'an idle password');
    expect((await call(idle, '/api/v1/sites')).status).toBe(200);
    const now = Date.now();
    const hash = async (s: { cookie: string }) => {
      const { hashApiKey } = await import('../../shared/keys');
      return hashApiKey(s.cookie.split('=')[1]!);
    };
    await env.DB.prepare('UPDATE sessions SET last_seen_at = ?2 WHERE id_hash = ?1').bind(await hash(idle), now - 8 * 3600_000 - 1000).run();
    // Active all along, but started more than a week ago.
    await env.DB.prepare('UPDATE sessions SET created_at = ?2, last_seen_at = ?3 WHERE id_hash = ?1').bind(await hash(aged), now - 7 * 86400_000 - 1000, now).run();
    expect((await call(idle, '/api/v1/sites')).status).toBe(401);
    expect((await call(aged, '/api/v1/sites')).status).toBe(401);
  });
});
