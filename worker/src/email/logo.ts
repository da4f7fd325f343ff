// A site's logo on the email landing page: stored as a data URL (migrations/0011_brand.sql), served
// from this origin (the page's CSP allows images from 'self' only, and no customer's browser talks to
// a third party), addressed by its hash so it can be cached for good.
import { Hono } from 'hono';
import type { AppEnv } from '../env';

/** /s/-/logo/<site>?v=<hash>: "-" is no site id, so no template link (/s/<site>/<ticket>) can be shadowed. */
export const logoPath = (site: string, hash: string) => `/s/-/logo/${encodeURIComponent(site)}?v=${hash}`;

/** The image type of these bytes by their signature, or null: PNG, JPEG and WebP only. */
export function imageType(b: Uint8Array): string | null {
  const at = (i: number, ...xs: number[]) => xs.every((x, k) => b[i + k] === x);
  if (at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  if (at(0, 0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (at(0, 0x52, 0x49, 0x46, 0x46) && at(8, 0x57, 0x45, 0x42, 0x50)) return 'image/webp';
  return null;
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (x) => x.toString(16).padStart(2, '0')).join('');
}

export const logos = new Hono<AppEnv>();

logos.get('/:site', async (c) => {
  const row = await c.env.DB.prepare('SELECT logo, logo_hash FROM sites WHERE id = ?1 AND logo IS NOT NULL')
    .bind(c.req.param('site'))
    .first<{ logo: string; logo_hash: string }>();
  if (!row) return c.body(null, 404, { 'Cache-Control': 'no-store' });
  const comma = row.logo.indexOf(',');
  const bytes = Uint8Array.from(atob(row.logo.slice(comma + 1)), (ch) => ch.charCodeAt(0));
  const current = c.req.query('v') === row.logo_hash;
  return c.body(bytes, 200, {
    'Content-Type': row.logo.slice(5, row.logo.indexOf(';')),
    // The hash in the address names this version: cached for good. Without it, briefly.
    'Cache-Control': current ? 'public, max-age=31536000, immutable' : 'public, max-age=300',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
  });
});
