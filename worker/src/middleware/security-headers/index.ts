// Security headers (issue #10): every answer of the worker is nosniff, and HSTS over https; every HTML
// page may not be framed; the dashboard runs under a CSP that allows only its own origin.
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../env';

/** One year, subdomains too (RFC 6797). Only over https: browsers ignore it on plain http anyway. */
const HSTS = 'max-age=31536000; includeSubDomains';

/** Beside each page's CSP frame-ancestors 'none': browsers without CSP level 2 honour only this. */
export const PAGE_HEADERS = { 'X-Frame-Options': 'DENY' } as const;

/**
 * The dashboard's built files (Vite: module scripts, one stylesheet, a lazily imported Chart.js chunk,
 * all under /dashboard/) and its API calls are same-origin. `data:` images for the empty favicon of
 * index.html. Chart.js draws on a canvas and sizes it through style properties, which CSP allows.
 */
export const DASHBOARD_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const DASHBOARD_HEADERS = {
  ...PAGE_HEADERS,
  'Content-Security-Policy': DASHBOARD_CSP,
  // Its URL (filters, a searched ticket ID) never goes to another origin in a Referer.
  'Referrer-Policy': 'same-origin',
} as const;

export function securityHeaders(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    if (new URL(c.req.url).protocol === 'https:') c.res.headers.set('Strict-Transport-Security', HSTS);
  };
}
