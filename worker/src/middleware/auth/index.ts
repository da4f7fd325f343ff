// API-key authentication: `Authorization: Bearer <key>`; only the key's SHA-256 is stored.
import type { Context } from 'hono';
import { hashApiKey } from '../../../../shared/keys';
import type { AppEnv } from '../../env';
import { ApiError } from '../errors';

/** The key as HTTP Basic's password (any user name): for helpdesks whose webhooks offer only Basic (Zammad 5.4–6.x). */
function basicPassword(header: string): string | undefined {
  const m = /^Basic\s+([A-Za-z0-9+/]{1,400}={0,2})$/i.exec(header);
  if (!m) return undefined;
  let pair: string;
  try {
    pair = atob(m[1]!);
  } catch {
    return undefined;
  }
  const password = pair.slice(pair.indexOf(':') + 1);
  return pair.includes(':') && /^\S{1,200}$/.test(password) ? password : undefined;
}

/**
 * The site whose key signed this request; 401 without a valid, unrevoked key. `basic`: the key may
 * also come as the password of HTTP Basic authentication.
 */
export async function apiKeySite(c: Context<AppEnv>, { basic = false } = {}): Promise<string> {
  const header = c.req.header('authorization') ?? '';
  const challenge = { 'WWW-Authenticate': basic ? 'Bearer, Basic realm="Voce"' : 'Bearer' };
  const key = /^Bearer\s+(\S{1,200})$/i.exec(header)?.[1] ?? (basic ? basicPassword(header) : undefined);
  const how = basic ? 'as "Authorization: Bearer <key>" or as the password of HTTP Basic authentication' : 'as "Authorization: Bearer <key>"';
  if (!key) throw new ApiError(401, 'unauthorized', `Send an API key ${how}`, undefined, challenge);
  const row = await c.env.DB.prepare('SELECT site_id FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL')
    .bind(await hashApiKey(key))
    .first<{ site_id: string }>();
  if (!row) throw new ApiError(401, 'unauthorized', 'This API key is not valid', undefined, challenge);
  return row.site_id;
}
