import { createExecutionContext, env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkCounts, siteSecret } from '../../worker/src/db/links';
import { signToken } from '../../worker/src/links/token';
import app from '../../worker/src/index';
import { anyClient, createApiKey, createSite } from './setup/fixtures';

const BASE = 'https://voce.test';
let key: string;

beforeAll(async () => {
  await createSite();
  key = await createApiKey();
});

async function issue(body: Record<string, unknown> = {}, auth = `Bearer ${key}`) {
  return SELF.fetch(`${BASE}/api/v1/links`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ticket: 'T-500', agent: 'mario', ...body }),
  });
}

async function newLink(body: Record<string, unknown> = {}) {
  const res = await issue(body);
  expect(res.status).toBe(201);
  const json = (await res.json()) as { url: string; html: string; text: string; expiresAt: string };
  return { ...json, token: json.url.split('/s/')[1]! };
}

const countFor = async (ticket: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM responses WHERE ticket = ?1').bind(ticket).first<{ n: number }>())!.n;

// Each visit from a client of its own, as customers are: the per-client page limit is not what these tests are about.
const page = (token: string, init?: RequestInit) => SELF.fetch(`${BASE}/s/${token}`, { ...init, headers: { 'CF-Connecting-IP': anyClient() } });
/** The same worker called in-process: SELF.fetch slows down by the request in long loops (the pool's, not the worker's). */
const direct = (token: string) => app.fetch(new Request(`${BASE}/s/${token}`, { headers: { 'CF-Connecting-IP': anyClient() } }), env, createExecutionContext());

function form(token: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return SELF.fetch(`${BASE}/s/${token}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': anyClient(), ...headers },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

describe('POST /api/v1/links', () => {
  it('refuses a request without a valid API key with 401', async () => {
    expect((await issue({}, '')).status).toBe(401);
    expect((await issue({}, 'Bearer voce_not-a-key')).status).toBe(401);
  });

  it('returns a signed url, an email snippet of the first question and the expiry', async () => {
    const before = Date.now();
    const link = await newLink();
    expect(link.url).toMatch(/^https:\/\/voce\.test\/s\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    // The fixture survey asks NPS first: eleven buttons.
    for (let n = 0; n <= 10; n++) expect(link.html).toContain(`${link.url}?score=${n}"`);
    expect(link.html).not.toMatch(/<script/i);
    expect(link.text).toContain(`${link.url}?score=10`);
    const expires = Date.parse(link.expiresAt);
    expect(expires - before).toBeGreaterThanOrEqual(30 * 864e5 - 1000);
    expect(expires - before).toBeLessThanOrEqual(30 * 864e5 + 5000);
  });

  it('records every link issued, for the response rate', async () => {
    const { n } = (await env.DB.prepare("SELECT count(*) AS n FROM links WHERE ticket = 'T-issued'").first<{ n: number }>())!;
    await newLink({ ticket: 'T-issued', expiresInDays: 2 });
    const row = await env.DB.prepare("SELECT count(*) AS n, max(expires_at - created_at) AS ttl FROM links WHERE ticket = 'T-issued'").first<{ n: number; ttl: number }>();
    expect(row).toEqual({ n: n + 1, ttl: 2 * 864e5 });
  });

  it('answers 400 for a bad body and 404 for an unknown survey', async () => {
    expect((await issue({ ticket: '' })).status).toBe(400);
    expect((await issue({ expiresInDays: 0 })).status).toBe(400);
    expect((await issue({ survey: 'nothing' })).status).toBe(404);
  });
});

describe('GET /s/<token>', () => {
  it('shows the survey with the score from the link preselected and records nothing on GET or HEAD', async () => {
    const link = await newLink({ ticket: 'T-scan', lang: 'it' });
    for (let n = 0; n <= 10; n++) {
      for (const method of ['GET', 'HEAD']) {
        const res = await page(`${link.token}?score=${n}`, { method });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    }
    const res = await page(`${link.token}?score=9`);
    const body = await res.text();
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(body).toContain('<html lang="it">');
    expect(body).toContain('name="nps" value="9" checked');
    expect(body).toContain('Che cosa le è piaciuto di più?'); // the follow-up for a promoter
    expect(await countFor('T-scan')).toBe(0);
  });

  it('refuses a token with any single character changed, with one 403 body', async () => {
    const { token } = await newLink({ ticket: 'T-tamper' });
    const bodies = new Set<string>();
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let i = 0; i < token.length; i++) {
      const replacement = alphabet[(alphabet.indexOf(token[i]!) + 1) % alphabet.length]!;
      const altered = token.slice(0, i) + replacement + token.slice(i + 1);
      const res = await page(altered);
      expect(res.status, `position ${i}`).toBe(403);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
  });

  it('gives 1,000 random tokens the same 403 body every time', async () => {
    const bodies = new Set<string>();
    const b64 = (n: number) => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(n)))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    for (let i = 0; i < 1000; i++) {
      const token = i % 2 ? `${b64(60 + (i % 40))}.${b64(32)}` : b64(10 + (i % 90));
      const res = await direct(token);
      expect(res.status).toBe(403);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    const forgedHere = await page('x'.repeat(40));
    expect(bodies.has(await forgedHere.text())).toBe(true);
  }, 60_000);

  it('refuses a correctly signed token for a link that was never issued, alike', async () => {
    const secret = (await siteSecret(env.DB, 'acme'))!;
    const token = await signToken({ i: 'no-such-link', s: 'acme', v: 'support', t: 'T-x', e: Math.floor(Date.now() / 1000) + 3600 }, secret);
    const res = await page(token);
    expect(res.status).toBe(403);
    expect(await res.text()).toBe(await (await page('forged.token')).text());
  });

  it('answers 410 with a friendly page for an expired link', async () => {
    const secret = (await siteSecret(env.DB, 'acme'))!;
    const token = await signToken({ s: 'acme', v: 'support', t: 'T-old', e: Math.floor(Date.now() / 1000) - 1 }, secret);
    const res = await page(token);
    expect(res.status).toBe(410);
    expect(await res.text()).toContain('This link has expired');
  });

  it('answers 429 with Retry-After when one token is requested too often', async () => {
    const { token } = await newLink({ ticket: 'T-busy' });
    let limited: Response | undefined;
    // 250 > 2 × 100: even if a fixed one-minute window ends mid-loop, one of the two fills up.
    for (let i = 0; i < 250 && !limited; i++) {
      const res = await direct(token);
      if (res.status === 429) limited = res;
      else await res.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    expect(limited?.headers.get('retry-after')).toBe('60');
  }, 60_000);
});

describe('POST /s/<token> (the form, also without JavaScript)', () => {
  it('records the answers a person sends, and a later answer updates the same response', async () => {
    const { token } = await newLink({ ticket: 'T-form' });
    const res = await form(token, { nps: '9', csat: '5', comment: 'Quick and kind' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/s/${token}?sent=1`);
    const first = await env.DB.prepare("SELECT * FROM responses WHERE ticket = 'T-form'").first<{ id: string }>();
    const id = first!.id;
    expect(first).toMatchObject({ ticket: 'T-form', nps: 9, csat: 5, comment: 'Quick and kind', source: 'email', agent: 'mario' });
    expect((await env.DB.prepare("SELECT answered_at FROM links WHERE ticket = 'T-form'").first<{ answered_at: number }>())!.answered_at).toBeGreaterThan(0);

    // A second visit shows the earlier answer…
    const again = await (await page(token)).text();
    expect(again).toContain('name="nps" value="9" checked');
    expect(again).toContain('Quick and kind');
    // …and sending again changes that response.
    expect((await form(token, { nps: '3', csat: '5', comment: 'Actually it broke again' })).status).toBe(303);
    expect(await countFor('T-form')).toBe(1);
    expect(await env.DB.prepare('SELECT nps, comment FROM responses WHERE id = ?1').bind(id).first()).toEqual({
      nps: 3,
      comment: 'Actually it broke again',
    });
  });

  it('shows the form again with 400 when nothing was chosen, and stores nothing', async () => {
    const { token } = await newLink({ ticket: 'T-empty' });
    expect((await form(token, { comment: '' })).status).toBe(400);
    expect((await form(token, { nps: '11' })).status).toBe(400);
    expect(await countFor('T-empty')).toBe(0);
  });

  it('refuses a cross-site form post', async () => {
    const { token } = await newLink({ ticket: 'T-csrf' });
    expect((await form(token, { nps: '0' }, { Origin: 'https://evil.example' })).status).toBe(403);
    expect(await countFor('T-csrf')).toBe(0);
  });
});

describe('POST /api/v1/responses with a link token', () => {
  async function postWithToken(token: string, body: Record<string, unknown>) {
    return SELF.fetch(`${BASE}/api/v1/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain', Origin: BASE, 'CF-Connecting-IP': anyClient() },
      body: JSON.stringify({ id: crypto.randomUUID(), site: 'acme', survey: 'support', token, answers: { nps: 7 }, ...body }),
    });
  }

  it('lands on the token’s ticket, as the one response of that ticket', async () => {
    const { token } = await newLink({ ticket: 'T-api' });
    expect((await postWithToken(token, { ticket: 'T-api' })).status).toBe(201);
    expect((await postWithToken(token, { answers: { nps: 8 } })).status).toBe(200);
    expect(await countFor('T-api')).toBe(1);
  });

  it('refuses a body whose ticket was swapped, like a bad token, and writes nothing', async () => {
    const { token } = await newLink({ ticket: 'T-mine' });
    const swapped = await postWithToken(token, { ticket: 'T-someone-else' });
    expect(swapped.status).toBe(403);
    const bad = await postWithToken('forged.token', {});
    expect(await swapped.text()).toBe(await bad.text());
    expect(await countFor('T-someone-else')).toBe(0);
    expect(await countFor('T-mine')).toBe(0);
  });

  it('answers 410 for an expired token', async () => {
    const secret = (await siteSecret(env.DB, 'acme'))!;
    const token = await signToken({ s: 'acme', v: 'support', t: 'T-late', e: Math.floor(Date.now() / 1000) - 60 }, secret);
    expect((await postWithToken(token, {})).status).toBe(410);
  });
});

describe('template links /s/<site>/<ticket>', () => {
  it('are refused while the site has them off', async () => {
    expect((await SELF.fetch(`${BASE}/s/acme/T-77`, { redirect: 'manual', headers: { 'CF-Connecting-IP': anyClient() } })).status).toBe(404);
  });

  it('open the survey for that ticket when on, within the ticket pattern', async () => {
    await env.DB.prepare(`UPDATE sites SET settings = '{"templateLinks":{"enabled":true,"ticketPattern":"^T-[0-9]+$"}}' WHERE id = 'acme'`).run();
    const res = await SELF.fetch(`${BASE}/s/acme/T-77?score=4`, { redirect: 'manual', headers: { 'CF-Connecting-IP': anyClient() } });
    expect(res.status).toBe(302);
    const location = res.headers.get('location')!;
    expect(location).toMatch(/^\/s\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\?score=4$/);
    const shown = await SELF.fetch(`${BASE}${location}`, { headers: { 'CF-Connecting-IP': anyClient() } });
    expect(shown.status).toBe(200);
    expect(await shown.text()).toContain('name="nps" value="4" checked');
    expect((await SELF.fetch(`${BASE}/s/acme/INVALID`, { redirect: 'manual', headers: { 'CF-Connecting-IP': anyClient() } })).status).toBe(404);
    expect(await countFor('T-77')).toBe(0);
  });
});

describe('response rate of links', () => {
  it('counts links issued in a period and those a person answered', async () => {
    await createSite('rate', ['https://rate.test']);
    const rateKey = await createApiKey('rate');
    const from = Date.now();
    const tokens: string[] = [];
    for (const ticket of ['R-1', 'R-2', 'R-3', 'R-4']) {
      const res = await SELF.fetch(`${BASE}/api/v1/links`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${rateKey}` },
        body: JSON.stringify({ ticket }),
      });
      tokens.push(((await res.json()) as { url: string }).url.split('/s/')[1]!);
    }
    expect(await linkCounts(env.DB, 'rate', from, Date.now() + 1)).toEqual({ issued: 4, opened: 0, answered: 0, rate: 0, openRate: 0, openedAnswerRate: null });
    await form(tokens[0]!, { nps: '10' });
    await form(tokens[0]!, { nps: '9' }); // answering twice is still one answered link
    await page(tokens[1]!); // shown (a GET, as scanners do): neither opened by a person nor answered
    await form(tokens[2]!, { csat: '2' });
    // An answer is a person's act: the answered links count as opened too (tests/worker/link-opens.test.ts).
    expect(await linkCounts(env.DB, 'rate', from, Date.now() + 1)).toEqual({ issued: 4, opened: 2, answered: 2, rate: 50, openRate: 50, openedAnswerRate: 100 });
    expect(await linkCounts(env.DB, 'rate', 0, from)).toEqual({ issued: 0, opened: 0, answered: 0, rate: null, openRate: null, openedAnswerRate: null });
  });
});
