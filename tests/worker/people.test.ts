// People and what they may do: per-site grants, the responder role, and every change to a person
// (disabled, removed, demoted, new password) ending their sessions at once.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite } from './setup/fixtures';
import { addUser, call, signIn, type Session } from './setup/dashboard';

interface UserRow {
  id: string;
  email: string;
  role: string;
  sites: string[] | null;
  disabled: boolean;
}

let admin: Session;

async function userId(email: string): Promise<string> {
  const { users } = (await (await call(admin, '/api/v1/users')).json()) as { users: UserRow[] };
  return users.find((u) => u.email === email)!.id;
}

async function create(email: string, role: string, sites?: string[]): Promise<Session> {
  const res = await call(admin, '/api/v1/users', { method: 'POST', json: { email, password: 'a long password 1', role, ...(sites ? { sites } : {}) } });
  expect(res.status, await res.clone().text()).toBe(201);
  return signIn(email, 'a long password 1');
}

beforeAll(async () => {
  await createSite('acme');
  await createSite('other', ['https://other.test']);
  await addUser('root@voce.test', 'root password 1', 'admin');
  admin = await signIn('root@voce.test', 'root password 1');
});

describe('per-site access', () => {
  it('shows a viewer of one site only that site: 403 for every other site’s data', async () => {
    const viewer = await create('one-site@acme.test', 'viewer', ['acme']);
    const list = (await (await call(viewer, '/api/v1/sites')).json()) as { sites: { id: string }[] };
    expect(list.sites.map((s) => s.id)).toEqual(['acme']);
    expect((await call(viewer, '/api/v1/sites/acme/summary')).status).toBe(200);
    for (const path of ['summary', 'trend', 'breakdown?by=agent', 'responses', 'followups', 'export.csv', 'tickets/T-1', 'surveys']) {
      const res = await call(viewer, `/api/v1/sites/other/${path}`);
      expect(res.status, path).toBe(403);
    }
  });

  it('lets a site admin manage only their sites, and never users or new sites', async () => {
    const siteAdmin = await create('acme-admin@acme.test', 'admin', ['acme']);
    expect((await call(siteAdmin, '/api/v1/sites/acme/settings')).status).toBe(200);
    expect((await call(siteAdmin, '/api/v1/sites/other/settings')).status).toBe(403);
    expect((await call(siteAdmin, '/api/v1/users')).status).toBe(403);
    expect((await call(siteAdmin, '/api/v1/sites', { method: 'POST', json: { id: 'mine', origins: [] } })).status).toBe(403);
  });
});

describe('the responder role', () => {
  it('works the follow-up inbox but cannot change settings, keys, users or erase', async () => {
    const responder = await create('caller@acme.test', 'responder', ['acme']);
    const { SELF } = await import('cloudflare:test');
    const id = crypto.randomUUID();
    await SELF.fetch('https://voce.test/api/v1/responses', {
      method: 'POST',
      headers: { Origin: 'https://support.acme.test', 'CF-Connecting-IP': '10.1.2.3' },
      body: JSON.stringify({ id, site: 'acme', survey: 'support', ticket: 'T-angry', answers: { nps: 2 } }),
    });
    const patched = await call(responder, `/api/v1/sites/acme/followups/${id}`, { method: 'PATCH', json: { status: 'contacted', note: 'Called back' } });
    expect(patched.status).toBe(200);
    expect(await patched.json()).toMatchObject({ status: 'contacted', note: 'Called back' });
    expect((await call(responder, '/api/v1/sites/acme/settings')).status).toBe(403);
    expect((await call(responder, '/api/v1/sites/acme/keys', { method: 'POST', json: {} })).status).toBe(403);
    expect((await call(responder, '/api/v1/users')).status).toBe(403);
    expect((await call(responder, '/api/v1/sites/acme/tickets/T-angry', { method: 'DELETE' })).status).toBe(403);
    expect((await call(responder, '/api/v1/sites/other/followups')).status).toBe(403);
  });
});

describe('changes to a person end their sessions', () => {
  it.each([
    ['disabled', { disabled: true }],
    ['demoted', { role: 'viewer' }],
    ['given other sites', { sites: ['other'] }],
    ['given a new password by an admin', { password: 'a brand new password' }],
  ])('ends the sessions of a person who is %s', async (_what, patch) => {
    const email = `p${Math.random().toString(36).slice(2)}@acme.test`;
    const s = await create(email, 'admin', ['acme']);
    expect((await call(s, '/api/v1/sites/acme/summary')).status).toBe(200);
    const res = await call(admin, `/api/v1/users/${await userId(email)}`, { method: 'PATCH', json: patch });
    expect(res.status, await res.clone().text()).toBe(200);
    expect((await call(s, '/api/v1/sites/acme/summary')).status).toBe(401);
  });

  it('removes a person: their sessions end and they cannot sign in again', async () => {
    const s = await create('leaver@acme.test', 'viewer');
    expect((await call(admin, `/api/v1/users/${await userId('leaver@acme.test')}`, { method: 'DELETE' })).status).toBe(200);
    expect((await call(s, '/api/v1/sites')).status).toBe(401);
    await expect(signIn('leaver@acme.test', 'a long password 1')).rejects.toThrow(/401/);
  });

  it('refuses sign-in to a disabled person, and lets them back in when enabled', async () => {
    await create('paused@acme.test', 'viewer');
    const id = await userId('paused@acme.test');
    await call(admin, `/api/v1/users/${id}`, { method: 'PATCH', json: { disabled: true } });
    await expect(signIn('paused@acme.test', 'a long password 1')).rejects.toThrow(/401/);
    await call(admin, `/api/v1/users/${id}`, { method: 'PATCH', json: { disabled: false } });
    await expect(signIn('paused@acme.test', 'a long password 1')).resolves.toBeTruthy();
  });

  it('lets a person change their own password with the current one; their other sessions end', async () => {
    const first = await create('self@acme.test', 'viewer');
    const second = await signIn('self@acme.test', 'a long password 1');
    const wrong = await call(first, '/api/v1/auth/password', { method: 'POST', json: { current: 'not it', password: 'my new long password' } });
    expect(wrong.status).toBe(403);
    const res = await call(first, '/api/v1/auth/password', { method: 'POST', json: { current: 'a long password 1', password: 'my new long password' } });
    expect(res.status).toBe(200);
    expect((await call(second, '/api/v1/sites')).status).toBe(401);
    // The browser that changed it gets a fresh session.
    const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    expect((await call({ cookie, csrf: '' }, '/api/v1/sites')).status).toBe(200);
    await expect(signIn('self@acme.test', 'my new long password')).resolves.toBeTruthy();
  });

  it('never leaves the dashboard without an admin of every site', async () => {
    const id = await userId('root@voce.test');
    for (const patch of [{ disabled: true }, { role: 'viewer' }, { sites: ['acme'] }]) {
      const res = await call(admin, `/api/v1/users/${id}`, { method: 'PATCH', json: patch });
      expect(res.status, JSON.stringify(patch)).toBe(409);
    }
    expect((await call(admin, `/api/v1/users/${id}`, { method: 'DELETE' })).status).toBe(409);
    expect((await call(admin, '/api/v1/sites')).status).toBe(200);
  });
});
