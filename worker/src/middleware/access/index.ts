// Optional single sign-on with Cloudflare Access: with ACCESS_TEAM_DOMAIN and ACCESS_AUD set, the
// Cf-Access-Jwt-Assertion header that Access adds is verified with Hono's JWT code against the team's
// published keys (signature, aud, iss, exp) and names the person by email. No hand-written JWT code.
// https://developers.cloudflare.com/cloudflare-one/identity/authorization-cookie/validating-json/
import type { Context } from 'hono';
import { Jwt } from 'hono/utils/jwt';
import type { AppEnv } from '../../env';

type HonoJsonWebKey = NonNullable<Parameters<typeof Jwt.verifyWithJwks>[1]['keys']>[number];

const KEYS_MS = 10 * 60_000;
// Per isolate: the team's keys change rarely; an unknown kid fetches them again (key rotation).
let cache: { url: string; at: number; keys: HonoJsonWebKey[] } | null = null;

async function teamKeys(url: string, fresh: boolean): Promise<HonoJsonWebKey[]> {
  if (!fresh && cache?.url === url && Date.now() - cache.at < KEYS_MS) return cache.keys;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`Access keys: ${res.status}`);
  const { keys } = (await res.json()) as { keys?: HonoJsonWebKey[] };
  if (!Array.isArray(keys)) throw new Error('Access keys: no "keys"');
  cache = { url, at: Date.now(), keys };
  return keys;
}

/** The email of the person Cloudflare Access vouches for on this request, or null. */
export async function accessEmail(c: Context<AppEnv>): Promise<string | null> {
  const { ACCESS_TEAM_DOMAIN: domain, ACCESS_AUD: aud } = c.env;
  const token = c.req.header('cf-access-jwt-assertion');
  if (!domain || !aud || !token || token.length > 8192) return null;
  const issuer = `https://${domain.replace(/^https?:\/\//, '').replace(/\/+$/, '')}`;
  const url = `${issuer}/cdn-cgi/access/certs`;
  const verify = async (fresh: boolean) =>
    Jwt.verifyWithJwks(token, { keys: await teamKeys(url, fresh), allowedAlgorithms: ['RS256'], verification: { iss: issuer, aud } });
  try {
    let payload;
    try {
      payload = await verify(false);
    } catch {
      payload = await verify(true);
    }
    // Hono checks exp only when present; an Access token always carries one.
    if (typeof payload.exp !== 'number') return null;
    return typeof payload.email === 'string' ? payload.email.toLowerCase() : null;
  } catch {
    return null;
  }
}
