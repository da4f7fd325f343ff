// Private answers (the dashboard API, sign-in, link issuing) are never stored by a browser or a shared
// cache, whatever their status: a 401 or 403 can describe an account as much as a 200 does.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../env';

export function noStore(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set('Cache-Control', 'no-store');
  };
}
