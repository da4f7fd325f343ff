// The gate of /api/v1/sites/:site/*: who is calling (session or key), and whether that site is theirs.
import type { Context, MiddlewareHandler } from 'hono';
import * as v from 'valibot';
import { Slug } from '../../../../shared/schemas';
import type { AppEnv } from '../../env';
import { ApiError } from '../../middleware/errors';
import { canRead, principal, type Principal } from '../../middleware/session';

export interface SiteEnv {
  Bindings: AppEnv['Bindings'];
  Variables: AppEnv['Variables'] & { site: string; principal: Principal };
}

export function siteAccess(): MiddlewareHandler<SiteEnv> {
  return async (c, next) => {
    const p = await principal(c as unknown as Context<AppEnv>);
    const site = v.safeParse(Slug, c.req.param('site'));
    if (!site.success) throw new ApiError(404, 'site_not_found', 'No such site');
    canRead(p, site.output);
    if (!(await c.env.DB.prepare('SELECT 1 AS ok FROM sites WHERE id = ?1').bind(site.output).first())) {
      throw new ApiError(404, 'site_not_found', `There is no site "${site.output}"`);
    }
    c.set('site', site.output);
    c.set('principal', p);
    await next();
  };
}
