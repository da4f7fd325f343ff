// Single sign-on with Cloudflare Access: a valid Cf-Access-Jwt-Assertion (signature, aud, iss, exp)
// signs a known, enabled user in without a password; anything else is no sign-in at all.
import { createExecutionContext, env, fetchMock } from 'cloudflare:test';
import { sign } from 'hono/jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index';
import { addUser } from './setup/dashboard';

const TEAM = 'voce-test.cloudflareaccess.com';
const AUD = 'a8c1f0e2b4d6a8c1f0e2b4d6a8c1f0e2b4d6a8c1f0e2b4d6a8c1f0e2b4d6a8c1';
const accessEnv = { ...env, ACCESS_TEAM_DOMAIN: TEAM, ACCESS_AUD: AUD };

let privateJwk: JsonWebKey & { kid: string; alg: string };
let otherJwk: JsonWebKey & { kid: string; alg: string };

async function keyPair(kid: string) {
  const pair = (await crypto.subtle.generateKey(
    { name: 'RSASSA-PKCS1-v1_5', modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256' },
    true,
    ['sign', 'verify'],
  )) as CryptoKeyPair;
  const pub = (await crypto.subtle.exportKey('jwk', pair.publicKey)) as JsonWebKey;
  const priv = (await crypto.subtle.exportKey('jwk', pair.privateKey)) as JsonWebKey;
  return { pub: { ...pub, kid, alg: 'RS256' }, priv: { ...priv, kid, alg: 'RS256' } };
}

beforeAll(async () => {
  const main = await keyPair('k1');
  const other = await keyPair('k1'); // same kid, another key: a forgery
  privateJwk = main.priv;
  otherJwk = other.priv;
  fetchMock.activate();
  fetchMock.disableNetConnect();
  fetchMock.get(`https://${TEAM}`).intercept({ path: '/cdn-cgi/access/certs' }).reply(200, { keys: [main.pub] }).persist();
  await addUser('sso@acme.test', 'unused password 1', 'viewer');
  await addUser('gone@acme.test', 'unused password 1', 'viewer');
  await env.DB.prepare("UPDATE users SET disabled_at = 1 WHERE email = 'gone@acme.test'").run();
});

afterAll(() => fetchMock.deactivate());

const now = () => Math.floor(Date.now() / 1000);
const claims = (over: Record<string, unknown> = {}) => ({ aud: [AUD], iss: `https://${TEAM}`, email: 'sso@acme.test', exp: now() + 600, iat: now() - 5, ...over });

async function state(jwt?: string) {
  const headers: Record<string, string> = jwt ? { 'Cf-Access-Jwt-Assertion': jwt } : {};
  const res = await app.fetch(new Request('https://voce.test/api/v1/auth/state', { headers }), accessEnv, createExecutionContext());
  return { res, body: (await res.json()) as { user: { email: string } | null } };
}

describe('Cloudflare Access sign-in', () => {
  it('signs a known user in with a valid assertion and starts a session', async () => {
    const { res, body } = await state(await sign(claims(), privateJwk, 'RS256'));
    expect(body.user?.email).toBe('sso@acme.test');
    expect(res.headers.get('set-cookie')).toMatch(/__Host-voce_session=/);
  });

  it.each([
    ['a wrong audience', async () => sign(claims({ aud: ['someone-else'] }), privateJwk, 'RS256')],
    ['a wrong issuer', async () => sign(claims({ iss: 'https://evil.cloudflareaccess.com' }), privateJwk, 'RS256')],
    ['an expired token', async () => sign(claims({ exp: now() - 10 }), privateJwk, 'RS256')],
    ['no expiry', async () => sign(claims({ exp: undefined }), privateJwk, 'RS256')],
    ['another key', async () => sign(claims(), otherJwk, 'RS256')],
    ['an unknown user', async () => sign(claims({ email: 'stranger@acme.test' }), privateJwk, 'RS256')],
    ['a disabled user', async () => sign(claims({ email: 'gone@acme.test' }), privateJwk, 'RS256')],
    ['garbage', async () => 'not.a.jwt'],
  ])('signs nobody in with %s', async (_what, make) => {
    const { res, body } = await state(await make());
    expect(res.status).toBe(200);
    expect(body.user).toBeNull();
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('ignores the header entirely when Access is not configured', async () => {
    const res = await app.fetch(
      new Request('https://voce.test/api/v1/auth/state', { headers: { 'Cf-Access-Jwt-Assertion': await sign(claims(), privateJwk, 'RS256') } }),
      env,
      createExecutionContext(),
    );
    expect(((await res.json()) as { user: unknown }).user).toBeNull();
  });
});
