// The headers of issue #10: the dashboard may not be framed and runs under a strict CSP, every answer
// is nosniff (and HSTS over https), private API answers are never cached, cacheable answers that
// depend on Accept-Language say so, and the D1 measurement headers only go to the bench.
import { createExecutionContext, env, SELF, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index';
import { createApiKey, createSite, ORIGIN, responseBody } from './setup/fixtures';
import { addUser, signIn, type Session } from './setup/dashboard';

const HTTPS = 'https://voce.test';
const HTTP = 'http://voce.test';
const HSTS = 'max-age=31536000; includeSubDomains';
let key: string;
let otherKey: string;
let admin: Session;

beforeAll(async () => {
  await createSite('acme');
  await createSite('other');
  key = await createApiKey('acme');
  otherKey = await createApiKey('other');
  await addUser('boss@acme.test', 'a long password', 'admin');
  admin = await signIn('boss@acme.test', 'a long password');
});

const bearer = (k: string) => ({ Authorization: `Bearer ${k}` });

/** The CSP's directives by name, e.g. {"frame-ancestors": ["'none'"]}. */
function directives(csp: string | null): Record<string, string[]> {
  return Object.fromEntries(
    (csp ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

async function signedLink(): Promise<string> {
  const res = await SELF.fetch(`${HTTPS}/api/v1/links`, {
    method: 'POST',
    headers: { ...bearer(key), 'Content-Type': 'application/json' },
    body: JSON.stringify({ ticket: 'T-headers' }),
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { url: string }).url;
}

describe('the dashboard', () => {
  it('is served with a CSP that allows only itself and forbids framing', async () => {
    const res = await SELF.fetch(`${HTTPS}/dashboard/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await res.text()).toContain('<div id="app">');
    const csp = directives(res.headers.get('content-security-policy'));
    expect(csp['default-src']).toEqual(["'self'"]);
    expect(csp['script-src']).toEqual(["'self'"]);
    expect(csp['style-src']).toEqual(["'self'"]);
    expect(csp['connect-src']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'none'"]);
    expect(csp['form-action']).toEqual(["'self'"]);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(Object.values(csp).flat()).not.toContain("'unsafe-inline'");
    expect(Object.values(csp).flat()).not.toContain("'unsafe-eval'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('strict-transport-security')).toBe(HSTS);
  });

  it('sends its scripts nosniff and not framable, and HSTS only over https', async () => {
    const html = await (await SELF.fetch(`${HTTP}/dashboard/`)).text();
    const script = /src="(\/dashboard\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    const res = await SELF.fetch(`${HTTP}${script}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('still answers a revalidation with 304, with the same headers', async () => {
    const etag = (await SELF.fetch(`${HTTPS}/dashboard/`)).headers.get('etag');
    expect(etag).toBeTruthy();
    const res = await SELF.fetch(`${HTTPS}/dashboard/`, { headers: { 'If-None-Match': etag! } });
    expect(res.status).toBe(304);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(directives(res.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
  });

  it('still redirects /dashboard to /dashboard/, with the same headers', async () => {
    const res = await SELF.fetch(`${HTTPS}/dashboard`, { redirect: 'manual' });
    expect(res.status).toBeGreaterThanOrEqual(300);
    expect(res.status).toBeLessThan(400);
    expect(new URL(res.headers.get('location')!, HTTPS).pathname).toBe('/dashboard/');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('every answer of the worker', () => {
  it.each([
    ['the health check', '/api/v1/health', {}],
    ['an unknown API route', '/api/v1/nothing', {}],
    ['a refused dashboard read', '/api/v1/sites', {}],
    ['the public survey definition', '/api/v1/surveys/acme/support', { Origin: ORIGIN }],
  ])('%s is nosniff, with HSTS over https and none over http', async (_, path, headers) => {
    const secure = await SELF.fetch(`${HTTPS}${path}`, { headers });
    expect(secure.headers.get('x-content-type-options')).toBe('nosniff');
    expect(secure.headers.get('strict-transport-security')).toBe(HSTS);
    const plain = await SELF.fetch(`${HTTP}${path}`, { headers });
    expect(plain.headers.get('x-content-type-options')).toBe('nosniff');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
  });

  it('the email survey page also forbids framing and sniffing, with HSTS over https', async () => {
    const res = await SELF.fetch(await signedLink());
    expect(res.status).toBe(200);
    expect(directives(res.headers.get('content-security-policy'))['frame-ancestors']).toEqual(["'none'"]);
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBe(HSTS);
    const expired = await SELF.fetch(`${HTTPS}/s/not-a-token`);
    expect(expired.status).toBe(403);
    expect(expired.headers.get('x-frame-options')).toBe('DENY');
    expect(expired.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('Cache-Control of the private API', () => {
  it.each([
    { name: 'GET /api/v1/sites without a session', method: 'GET', path: '/api/v1/sites', who: '', status: 401 },
    { name: 'GET /api/v1/users without a session', method: 'GET', path: '/api/v1/users', who: '', status: 401 },
    { name: 'GET /api/v1/sites/acme/summary with its key', method: 'GET', path: '/api/v1/sites/acme/summary', who: 'acme', status: 200 },
    { name: "GET /api/v1/sites/acme/summary with another site's key", method: 'GET', path: '/api/v1/sites/acme/summary', who: 'other', status: 403 },
    { name: 'GET an unknown route of a site with its key', method: 'GET', path: '/api/v1/sites/acme/nothing', who: 'acme', status: 404 },
    { name: 'GET /api/v1/auth/state', method: 'GET', path: '/api/v1/auth/state', who: '', status: 200 },
    { name: 'POST /api/v1/auth/login with a wrong password', method: 'POST', path: '/api/v1/auth/login', who: '', status: 401 },
    { name: 'POST /api/v1/links without a key', method: 'POST', path: '/api/v1/links', who: '', status: 401 },
    { name: 'POST /api/v1/links with a key', method: 'POST', path: '/api/v1/links', who: 'acme', status: 201 },
  ])('$name answers $status with no-store', async ({ method, path, who, status }) => {
    const auth = who === 'acme' ? bearer(key) : who === 'other' ? bearer(otherKey) : {};
    const body =
      path === '/api/v1/auth/login' ? { email: 'boss@acme.test', password: 'wrong password' } : path === '/api/v1/links' ? { ticket: 'T-cache' } : undefined;
    const res = await SELF.fetch(`${HTTPS}${path}`, {
      method,
      headers: { ...auth, ...(body ? { 'Content-Type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('a signed-in person reading an unknown site gets a 404 that is not stored either', async () => {
    const res = await SELF.fetch(`${HTTP}/api/v1/sites/nope/summary`, { headers: { Cookie: admin.cookie } });
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('leaves the public survey definition cacheable for a minute', async () => {
    const res = await SELF.fetch(`${HTTPS}/api/v1/surveys/acme/support`, { headers: { Origin: ORIGIN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=60');
  });
});

describe('Vary: Accept-Language', () => {
  const vary = (res: Response) => (res.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase());

  it('is on the survey definition, beside the Vary: Origin of CORS', async () => {
    const res = await SELF.fetch(`${HTTPS}/api/v1/surveys/acme/support`, { headers: { Origin: ORIGIN, 'Accept-Language': 'it' } });
    expect(res.status).toBe(200);
    expect(vary(res)).toEqual(expect.arrayContaining(['accept-language', 'origin']));
    const noSurvey = await SELF.fetch(`${HTTPS}/api/v1/surveys/acme`, { headers: { 'Accept-Language': 'it' } });
    expect(noSurvey.status).toBe(200);
    expect(vary(noSurvey)).toEqual(expect.arrayContaining(['accept-language', 'origin']));
  });

  it('is on the email survey page', async () => {
    const res = await SELF.fetch(await signedLink(), { headers: { 'Accept-Language': 'it' } });
    expect(res.status).toBe(200);
    expect(vary(res)).toContain('accept-language');
  });
});

describe('the D1 measurement headers', () => {
  /** The worker in-process with VOCE_MEASURE as given (the pool's own binding sets it to "1"). */
  async function direct(measure: string | undefined, path: string, init: RequestInit = {}): Promise<Response> {
    const ctx = createExecutionContext();
    const res = await app.fetch(new Request(`${HTTPS}${path}`, init), { ...env, VOCE_MEASURE: measure }, ctx);
    await waitOnExecutionContext(ctx);
    return res;
  }
  const postResponse = (measure: string | undefined) =>
    direct(measure, '/api/v1/responses', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(responseBody()) });
  const READS = ['/api/v1/sites/acme/summary', '/api/v1/sites/acme/trend', '/api/v1/sites/acme/breakdown?by=agent'];

  it('are not sent by default', async () => {
    const res = await postResponse(undefined);
    expect(res.status).toBe(201);
    expect(res.headers.get('x-d1-batch')).toBeNull();
    expect(res.headers.get('x-d1-rows-written')).toBeNull();
    for (const path of READS) {
      const read = await direct(undefined, path, { headers: bearer(key) });
      expect(read.status).toBe(200);
      expect(read.headers.get('x-d1-rows-read')).toBeNull();
    }
  });

  it('are sent when the worker runs with VOCE_MEASURE=1', async () => {
    const res = await postResponse('1');
    expect(res.status).toBe(201);
    expect(Number(res.headers.get('x-d1-batch'))).toBeGreaterThanOrEqual(1);
    expect(Number(res.headers.get('x-d1-rows-written'))).toBeGreaterThan(0);
    for (const path of READS) {
      const read = await direct('1', path, { headers: bearer(key) });
      expect(read.status).toBe(200);
      expect(read.headers.get('x-d1-rows-read')).toMatch(/^\d+$/);
    }
  });
});
