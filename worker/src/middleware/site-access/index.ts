// The public routes' gate: the site must exist, and a browser caller must be on one of its origins
// (or the worker's own pages). Allowed origins are echoed by the CORS middleware.
import type { Context } from 'hono';
import { getSite, getSiteCached, type Site } from '../../db/sites';
import type { AppEnv } from '../../env';
import { allowOrigin, isSameOrigin, requestOrigin } from '../cors';
import { ApiError } from '../errors';

export async function siteForRequest(c: Context<AppEnv>, siteId: string, fresh = true): Promise<Site> {
  const site = await (fresh ? getSite : getSiteCached)(c.env.DB, siteId);
  if (!site) throw siteNotFound(siteId);
  checkOrigin(c, site);
  return site;
}

export function siteNotFound(siteId: string): ApiError {
  return new ApiError(404, 'site_not_found', `There is no site "${siteId}"`);
}

/** 403 unless the caller is on one of the site's origins; records an allowed Origin for CORS. */
export function checkOrigin(c: Context<AppEnv>, site: Site): void {
  // Browsers always send Origin on a cross-origin call; server-to-server callers send none.
  const origin = requestOrigin(c);
  if (origin) {
    if (!site.origins.includes(origin) && !isSameOrigin(c, origin)) {
      throw new ApiError(403, 'origin_not_allowed', `${origin} is not an allowed origin of site "${site.id}"`);
    }
    allowOrigin(c, origin);
  }
}
