// API-key authentication: `Authorization: Bearer <key>`; only the key's SHA-256 is stored.
import type { Context } from 'hono';
import { hashApiKey } from '../../../../shared/keys';
import type { AppEnv } from '../../env';
import { ApiError } from '../errors';

/** The site whose key signed this request; 401 without a valid, unrevoked key. */
export async function apiKeySite(c: Context<AppEnv>): Promise<string> {
  const m = /^Bearer\s+(\S{1,200})$/i.exec(c.req.header('authorization') ?? '');
  if (!m) throw new ApiError(401, 'unauthorized', 'Send an API key as "Authorization: Bearer <key>"', undefined, { 'WWW-Authenticate': 'Bearer' });
  const row = await c.env.DB.prepare('SELECT site_id FROM api_keys WHERE key_hash = ?1 AND revoked_at IS NULL')
    .bind(await hashApiKey(m[1]!))
    .first<{ site_id: string }>();
  if (!row) throw new ApiError(401, 'unauthorized', 'This API key is not valid', undefined, { 'WWW-Authenticate': 'Bearer' });
  return row.site_id;
}
