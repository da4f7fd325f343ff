// The gate of every request that carries a link token: forged, altered, unknown or no longer allowed
// → 403 (one body for all), expired → 410, too many for the token, the client or the site → 429.
// A signed link must still exist (erasure deletes it); a template token only holds while the site
// still accepts template links for its ticket and the ticket was not erased after it was minted.
import type { Context } from 'hono';
import type { LinkClaims } from '../../../shared/schemas';
import { ticketAllowed } from '../../../shared/ticket-pattern';
import { erasedSince, linkExists, siteSecret } from '../db/links';
import { getSite, type Site } from '../db/sites';
import type { AppEnv } from '../env';
import { ApiError } from '../middleware/errors';
import { limitLinkVisit } from '../middleware/rate-limit';
import { ticketHash, verifyToken } from './token';

export const invalidLink = () => new ApiError(403, 'invalid_link', 'This link is not valid');
export const expiredLink = () => new ApiError(410, 'link_expired', 'This link has expired');

export async function verifyLink(c: Context<AppEnv>, token: string): Promise<LinkClaims> {
  const db = c.env.DB;
  let secret: string | null = null;
  const r = await verifyToken(token, async (site) => (secret = await siteSecret(db, site)));
  if (!r.ok) throw r.expired ? expiredLink() : invalidLink();
  const claims = r.claims;
  if (claims.i !== undefined) {
    if (!(await linkExists(db, claims.i, claims.s))) throw invalidLink();
  } else if (!(await templateStillAllowed(db, claims, secret!))) {
    throw invalidLink();
  }
  await limitLinkVisit(c, { token: claims.i ?? token, site: claims.s });
  return claims;
}

/** The site, if it accepts template links for this ticket now (enabled, pattern, no verified tickets required). */
export async function templateSite(db: D1Database, site: string, ticket: string): Promise<Site | null> {
  const s = await getSite(db, site);
  const tpl = s?.settings.templateLinks;
  return s && tpl?.enabled && !s.settings.requireVerifiedTickets && ticketAllowed(ticket, tpl.ticketPattern) ? s : null;
}

async function templateStillAllowed(db: D1Database, claims: LinkClaims, secret: string): Promise<boolean> {
  if (claims.m === undefined || !(await templateSite(db, claims.s, claims.t))) return false;
  return !(await erasedSince(db, claims.s, await ticketHash(claims.t, secret), claims.m * 1000));
}
