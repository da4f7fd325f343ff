// Verified tickets (SPEC "Embedding"): the site's server signs "<site>\n<ticket>" with the site's
// widget secret; a matching token marks the response verified, and a site may require it.
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { createApiKey, createSite, ORIGIN, responseBody, snapshot } from './setup/fixtures';

const SECRET = '4f1c0a7e9b2d4c6e8f0a1b3c5d7e9f1a2b4c6d8e0f1a3b5c7d9e1f2a4b6c8d0e';

/** What the site's own server computes (README: two lines of Node or PHP). */
async function ticketToken(site: string, ticket: string, secret = SECRET): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const sig = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${site}\n${ticket}`)));
  return [...sig].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const send = (body: unknown) =>
  SELF.fetch('https://voce.test/api/v1/responses', {
    method: 'POST',
    headers: { Origin: ORIGIN, 'CF-Connecting-IP': `10.40.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}` },
    body: JSON.stringify(body),
  });

const verifiedOf = async (id: string) =>
  (await env.DB.prepare('SELECT verified FROM responses WHERE id = ?1').bind(id).first<{ verified: number }>())?.verified;

let key: string;
let admin: Session;

/** Through the settings API, as an admin does it (the collector forgets its cached site at once). */
async function setRequire(on: boolean) {
  const res = await call(admin, '/api/v1/sites/acme/settings', { method: 'PATCH', json: { requireVerifiedTickets: on, templateLinks: { enabled: true } } });
  expect(res.status).toBe(200);
}

beforeAll(async () => {
  await createSite();
  key = await createApiKey();
  await env.DB.prepare("UPDATE sites SET widget_secret = ?1 WHERE id = 'acme'").bind(SECRET).run();
  await addUser('admin@acme.test', 'admin password 1', 'admin');
  admin = await signIn('admin@acme.test', 'admin password 1');
});

describe('verified tickets', () => {
  it('stores a widget response whose token matches its ticket as verified, and one without as not', async () => {
    const a = responseBody({ ticket: 'T-300', token: await ticketToken('acme', 'T-300') });
    const b = responseBody({ ticket: 'T-301' });
    expect((await send(a)).status).toBe(201);
    expect((await send(b)).status).toBe(201);
    expect(await verifiedOf(a.id as string)).toBe(1);
    expect(await verifiedOf(b.id as string)).toBe(0);
  });

  it('refuses a token for another ticket, another site or another secret with 403, and writes nothing', async () => {
    const before = await snapshot();
    for (const token of [await ticketToken('acme', 'T-999'), await ticketToken('other', 'T-302'), await ticketToken('acme', 'T-302', 'x'.repeat(64))]) {
      const res = await send(responseBody({ ticket: 'T-302', token }));
      expect(res.status).toBe(403);
    }
    expect(await snapshot()).toBe(before);
  });

  it('with requireVerifiedTickets, refuses a widget response without a valid token and template links', async () => {
    await setRequire(true);
    try {
      const before = await snapshot();
      const res = await send(responseBody({ ticket: 'T-303' }));
      expect(res.status).toBe(403);
      expect(await snapshot()).toBe(before);
      expect((await SELF.fetch('https://voce.test/s/acme/T-303', { redirect: 'manual' })).status).toBe(404);
      const ok = responseBody({ ticket: 'T-303', token: await ticketToken('acme', 'T-303') });
      expect((await send(ok)).status).toBe(201);
    } finally {
      await setRequire(false);
    }
  });

  it('marks answers through signed email links as verified and filters the summary by it', async () => {
    expect((await send(responseBody({ ticket: 'T-305' }))).status).toBe(201); // not verified
    const link = (await (
      await SELF.fetch('https://voce.test/api/v1/links', { method: 'POST', headers: { Authorization: `Bearer ${key}` }, body: JSON.stringify({ ticket: 'T-304' }) })
    ).json()) as { url: string };
    const token = link.url.split('/s/')[1]!;
    const res = await SELF.fetch(`https://voce.test/s/${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'nps=3',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const row = await env.DB.prepare("SELECT verified FROM responses WHERE ticket = 'T-304'").first<{ verified: number }>();
    expect(row?.verified).toBe(1);
    const all = (await (await SELF.fetch('https://voce.test/api/v1/sites/acme/summary', { headers: { Authorization: `Bearer ${key}` } })).json()) as { current: { responses: number } };
    const verified = (await (await SELF.fetch('https://voce.test/api/v1/sites/acme/summary?verified=1', { headers: { Authorization: `Bearer ${key}` } })).json()) as {
      current: { responses: number };
      filters: object;
    };
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM responses WHERE site_id = 'acme' AND verified = 1").first<{ n: number }>())!;
    expect(verified.filters).toEqual({ verified: '1' });
    expect(verified.current.responses).toBe(n);
    expect(verified.current.responses).toBeLessThan(all.current.responses);
  });
});
