// Requests per token and per site (Workers rate limiting bindings, wrangler.toml): 429 with Retry-After.
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { ApiError } from '../errors';

export const RETRY_AFTER_SECONDS = 60;

export async function isLimited(c: Context<AppEnv>, keys: { token?: string; site: string }): Promise<boolean> {
  const checks = [c.env.SITE_LIMIT.limit({ key: `site:${keys.site}` })];
  if (keys.token) checks.push(c.env.TOKEN_LIMIT.limit({ key: `token:${keys.token}` }));
  return (await Promise.all(checks)).some((r) => !r.success);
}

export async function rateLimit(c: Context<AppEnv>, keys: { token?: string; site: string }): Promise<void> {
  if (await isLimited(c, keys)) {
    throw new ApiError(429, 'too_many_requests', 'Too many requests; try again in a minute', undefined, {
      'Retry-After': String(RETRY_AFTER_SECONDS),
    });
  }
}
