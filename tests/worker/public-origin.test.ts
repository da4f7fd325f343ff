// PUBLIC_ORIGIN (issue #10): with it set, link URLs and same-origin checks use it, never the Host a
// client sends (in wrangler dev, `Host: evil.example` makes the request URL https://evil.example/…).
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index';
import { createApiKey, createSite, FOREIGN, responseBody } from './setup/fixtures';
import { addUser } from './setup/dashboard';

const PUBLIC = 'https://feedback.acme.test';
const CREDENTIALS = { email: 'boss@acme.test', password: 'a long password' };
let key: string;

beforeAll(async () => {
  await createSite('acme');
  key = await createApiKey('acme');
  await addUser(CREDENTIALS.email, CREDENTIALS.password, 'admin');
});

/** The worker in-process, as deployed with PUBLIC_ORIGIN (or another value), asked at https://evil.example. */
async function call(path: string, init: RequestInit = {}, vars: { PUBLIC_ORIGIN?: string } = { PUBLIC_ORIGIN: PUBLIC }): Promise<Response> {
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${FOREIGN}${path}`, init), { ...env, ...vars }, ctx);
  await waitOnExecutionContext(ctx);
  return res;
}

const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

const issueLink = (vars?: { PUBLIC_ORIGIN?: string }) => call('/api/v1/links', json({ ticket: 'T-host' }, { Authorization: `Bearer ${key}` }), vars);

async function signIn(): Promise<{ cookie: string; csrf: string }> {
  const res = await call('/api/v1/auth/login', json(CREDENTIALS));
  expect(res.status).toBe(200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const state = (await (await call('/api/v1/auth/state', { headers: { Cookie: cookie } })).json()) as { csrf: string };
  return { cookie, csrf: state.csrf };
}

describe('PUBLIC_ORIGIN', () => {
  it('puts signed links on the public origin, not on the Host the request names', async () => {
    const res = await issueLink();
    expect(res.status).toBe(201);
    const link = (await res.json()) as { url: string; html: string; text: string };
    expect(link.url).toMatch(/^https:\/\/feedback\.acme\.test\/s\/[A-Za-z0-9_.-]+$/);
    expect(link.html + link.text).not.toContain(FOREIGN);
  });

  it("refuses a sign-in posted from the Host's origin, and takes one from the public origin", async () => {
    expect((await call('/api/v1/auth/login', json(CREDENTIALS, { Origin: FOREIGN }))).status).toBe(403);
    expect((await call('/api/v1/auth/login', json(CREDENTIALS, { Origin: PUBLIC }))).status).toBe(200);
  });

  it("refuses a signed-in write from the Host's origin, even with the CSRF token", async () => {
    const s = await signIn();
    const logout = (origin: string) => call('/api/v1/auth/logout', { method: 'POST', headers: { Cookie: s.cookie, 'X-CSRF-Token': s.csrf, Origin: origin } });
    expect((await logout(FOREIGN)).status).toBe(403);
    expect((await logout(PUBLIC)).status).toBe(200);
  });

  it("refuses the email page's form post from the Host's origin", async () => {
    const { url } = (await (await issueLink()).json()) as { url: string };
    const path = new URL(url).pathname;
    const post = (origin: string) =>
      call(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: origin },
        body: new URLSearchParams({ nps: '9' }).toString(),
        redirect: 'manual',
      });
    expect((await post(FOREIGN)).status).toBe(403);
    expect((await post(PUBLIC)).status).toBe(303);
  });

  it("refuses the collector to the Host's origin when it is not one of the site's origins", async () => {
    expect((await call('/api/v1/responses', json(responseBody(), { Origin: FOREIGN }))).status).toBe(403);
    expect((await call('/api/v1/responses', json(responseBody(), { Origin: PUBLIC }))).status).toBe(201);
  });

  it("uses the request's own origin when it is not set (local development)", async () => {
    const link = (await (await issueLink({})).json()) as { url: string };
    expect(link.url.startsWith(`${FOREIGN}/s/`)).toBe(true);
  });

  it.each(['https://feedback.acme.test/', 'https://feedback.acme.test/survey', 'feedback.acme.test', 'ftp://feedback.acme.test'])(
    'fails loudly, rather than trusting the Host, when set to %s',
    async (value) => {
      const res = await issueLink({ PUBLIC_ORIGIN: value });
      expect(res.status).toBe(500);
    },
  );
});
