// CORS for the public API: only a site's configured origins (and the worker's own pages) may call it.
// A route decides whether the request's Origin is allowed once it knows the site, and records it
// with allowOrigin(); this middleware then adds the headers, also to error responses, so the widget
// can read why it was refused. A refused origin gets no Access-Control-Allow-Origin at all.
// Not Hono's cors(): it decides from the Origin alone, before the route runs, and answers every
// preflight 204; here the allowed origins belong to the site named in the body or path (known only
// inside the route), and a preflight from an unknown origin is a 403 (tests/worker/responses.test.ts).
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../env';

export function requestOrigin(c: Context): string | null {
  return c.req.header('origin') ?? null;
}

/**
 * The origin of the worker's own pages: PUBLIC_ORIGIN when set, else the request URL's (local
 * development). Never the request's alone in production: it follows the Host header a client sends.
 */
export function publicOrigin(c: Context<AppEnv>): string {
  const configured = c.env.PUBLIC_ORIGIN;
  if (!configured) return new URL(c.req.url).origin;
  if (!isOrigin(configured)) {
    // Falling back to the Host header would quietly undo what the variable is for.
    throw new Error(`PUBLIC_ORIGIN must be an origin such as https://feedback.example.com (no path, no trailing slash), not ${JSON.stringify(configured)}`);
  }
  return configured;
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}

export function isSameOrigin(c: Context, origin: string): boolean {
  return publicOrigin(c) === origin;
}

export function allowOrigin(c: Context<AppEnv>, origin: string): void {
  c.set('corsOrigin', origin);
}

export function cors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.append('Vary', 'Origin');
    const origin = c.get('corsOrigin');
    if (origin) {
      c.res.headers.set('Access-Control-Allow-Origin', origin);
      c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
    }
  };
}

/** Answers a preflight: allowed when `allowed` says so, else 403 with no CORS headers. */
export function preflight(c: Context<AppEnv>, allowed: boolean, methods: string): Response {
  const origin = requestOrigin(c);
  if (!origin || !allowed) {
    return c.json({ error: { code: 'origin_not_allowed', message: 'This origin may not call this endpoint' } }, 403);
  }
  return new Response(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': origin,
      'Access-Control-Allow-Methods': methods,
      'Access-Control-Allow-Headers': 'Content-Type',
      'Access-Control-Max-Age': '86400',
    },
  });
}
