// Request limits (Workers rate limiting bindings, wrangler.toml), each in its own bucket so one kind
// of traffic cannot starve another: anonymous survey pages per token, per client and per site; the
// collector per client and site; sign-in per client; the key-authenticated link API per site.
// Over the limit: 429 with Retry-After.
import type { Context } from 'hono';
import type { AppEnv } from '../../env';
import { ApiError } from '../errors';

export const RETRY_AFTER_SECONDS = 60;

/**
 * Who is asking: the address Cloudflare's edge puts in CF-Connecting-IP (clients cannot set it in
 * production; `wrangler dev` sets 127.0.0.1 unless the client sends one, which the bench uses to
 * stand for many clients). Used only as a rate-limit key, never stored.
 */
export function clientOf(c: Context<AppEnv>): string {
  return c.req.header('cf-connecting-ip') ?? 'unknown';
}

type Check = [binding: RateLimit, key: string];

async function enforce(checks: Check[], retryAfter = RETRY_AFTER_SECONDS): Promise<void> {
  const results = await Promise.all(checks.map(([binding, key]) => binding.limit({ key })));
  if (results.some((r) => !r.success)) throw tooMany(retryAfter);
}

export function tooMany(retryAfterSeconds = RETRY_AFTER_SECONDS): ApiError {
  return new ApiError(429, 'too_many_requests', 'Too many requests; please wait and try again', undefined, {
    'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))),
  });
}

/** A survey page or answer through an email link: per token, per client, and all anonymous traffic of the site. */
export function limitLinkVisit(c: Context<AppEnv>, keys: { token: string; site: string }): Promise<void> {
  return enforce([
    [c.env.TOKEN_LIMIT, `token:${keys.token}`],
    [c.env.CLIENT_LIMIT, `page:${clientOf(c)}`],
    [c.env.SITE_LIMIT, `page:${keys.site}`],
  ]);
}

/** The link API, authenticated by a site key: a bucket of its own per site. */
export function limitLinkApi(c: Context<AppEnv>, site: string): Promise<void> {
  return enforce([[c.env.SITE_LIMIT, `api:${site}`]]);
}

/** The collector: one client of a site cannot flood it; other clients keep being served. */
export function limitCollector(c: Context<AppEnv>, site: string): Promise<void> {
  return enforce([[c.env.CLIENT_LIMIT, `responses:${site}:${clientOf(c)}`]], 10);
}

/** Sign-in, first-run setup and password changes: per client, whatever the account. */
export function limitSignIn(c: Context<AppEnv>): Promise<void> {
  return enforce([[c.env.AUTH_LIMIT, `auth:${clientOf(c)}`]]);
}
