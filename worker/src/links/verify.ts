// The gate of every request that carries a link token: forged, altered or unknown → 403 (one body
// for all), expired → 410, too many for the token or the site → 429.
import type { Context } from 'hono';
import type { LinkClaims } from '../../../shared/schemas';
import { linkExists, siteSecret } from '../db/links';
import type { AppEnv } from '../env';
import { ApiError } from '../middleware/errors';
import { rateLimit } from '../middleware/rate-limit';
import { verifyToken } from './token';

export const invalidLink = () => new ApiError(403, 'invalid_link', 'This link is not valid');
export const expiredLink = () => new ApiError(410, 'link_expired', 'This link has expired');

export async function verifyLink(c: Context<AppEnv>, token: string): Promise<LinkClaims> {
  const r = await verifyToken(token, (site) => siteSecret(c.env.DB, site));
  if (!r.ok) throw r.expired ? expiredLink() : invalidLink();
  // A template link (no id) was minted from a ticket ID; an issued one must still exist (erasure).
  if (r.claims.i !== undefined && !(await linkExists(c.env.DB, r.claims.i, r.claims.s))) throw invalidLink();
  await rateLimit(c, { token: r.claims.i ?? token, site: r.claims.s });
  return r.claims;
}
