// The gate of /api/v1/sites/:site/*: who is calling (session or key), and whether that site is theirs.
import type { Context, MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { Slug } from '../../../../shared/schemas';
import type { AppEnv } from '../../env';
import { ApiError } from '../../middleware/errors';
import { canRead, principal, type Principal } from '../../middleware/session';

export interface SiteEnv {
  Bindings: AppEnv['Bindings'];
  /** zone: the site's time zone (settings.timezone, UTC without one). */
  Variables: AppEnv['Variables'] & { site: string; principal: Principal; zone: string };
}

export function siteAccess(): MiddlewareHandler<SiteEnv> {
  return async (c, next) => {
    const p = await principal(c as unknown as Context<AppEnv>);
    const site = v.safeParse(Slug, c.req.param('site'));
    if (!site.success) throw new ApiError(404, 'site_not_found', 'No such site');
    canRead(p, site.output);
    const row = await c.env.DB.prepare("SELECT settings ->> '$.timezone' AS zone FROM sites WHERE id = ?1").bind(site.output).first<{ zone: string | null }>();
    if (!row) throw new ApiError(404, 'site_not_found', `There is no site "${site.output}"`);
    c.set('site', site.output);
    c.set('zone', row.zone ?? 'UTC');
    c.set('principal', p);
    await next();
  };
}
