// The email landing's company: name, colour and logo in the site's settings (issue #13). The logo is
// served from this origin, and only a real PNG, JPEG or WebP is accepted: an SVG (script) or an HTML
// file labelled as an image is refused.
import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite } from './setup/fixtures';
import { addUser, call, signIn, type Session } from './setup/dashboard';

let admin: Session;
let viewer: Session;
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const b64 = (s: string) => btoa(s);

beforeAll(async () => {
  await createSite('brand');
  await addUser('admin@brand.test', 'admin password 1', 'admin');
  await addUser('viewer@brand.test', 'viewer password 1', 'viewer');
  admin = await signIn('admin@brand.test', 'admin password 1');
  viewer = await signIn('viewer@brand.test', 'viewer password 1');
});

describe('brand settings', () => {
  it('sets the name and colour customers see, and removes the colour again', async () => {
    const res = await call(admin, '/api/v1/sites/brand/settings', { method: 'PATCH', json: { name: 'Acme Support', brandColor: '#0B7A3E' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ name: 'Acme Support', brandColor: '#0b7a3e' });
    const got = (await (await call(admin, '/api/v1/sites/brand/settings')).json()) as { name: string; brandColor: string | null };
    expect(got).toMatchObject({ name: 'Acme Support', brandColor: '#0b7a3e' });
    const off = await call(admin, '/api/v1/sites/brand/settings', { method: 'PATCH', json: { brandColor: '' } });
    expect(await off.json()).toMatchObject({ brandColor: null });
  });

  it.each([
    ['not a colour', { brandColor: 'red' }],
    ['a CSS injection', { brandColor: '#fff;}body{display:none' }],
    ['an empty name', { name: '  ' }],
  ])('refuses %s with 400', async (_, json) => {
    const res = await call(admin, '/api/v1/sites/brand/settings', { method: 'PATCH', json });
    expect(res.status).toBe(400);
  });

  it.each([
    ['an SVG', `data:image/svg+xml;base64,${b64('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')}`],
    ['HTML labelled as PNG', `data:image/png;base64,${b64('<html><script>alert(1)</script></html>')}`],
    ['a PNG labelled as JPEG', `data:image/jpeg;base64,${PNG}`],
    ['no data URL', 'https://evil.test/logo.png'],
  ])('refuses %s as a logo, and stores nothing', async (_, logo) => {
    const res = await call(admin, '/api/v1/sites/brand/logo', { method: 'PUT', json: { logo } });
    expect(res.status).toBe(400);
    const got = (await (await call(admin, '/api/v1/sites/brand/settings')).json()) as { logo: string | null };
    expect(got.logo).toBeNull();
  });

  it('refuses a logo over 64 KB with 400 or 413', async () => {
    const big = btoa(String.fromCharCode(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) + 'x'.repeat(70_000));
    const res = await call(admin, '/api/v1/sites/brand/logo', { method: 'PUT', json: { logo: `data:image/png;base64,${big}` } });
    expect([400, 413]).toContain(res.status);
  });

  it('lets only admins change the logo', async () => {
    const res = await call(viewer, '/api/v1/sites/brand/logo', { method: 'PUT', json: { logo: `data:image/png;base64,${PNG}` } });
    expect(res.status).toBe(403);
  });

  it('serves an accepted PNG from this origin as an inert image, cached by its hash; removes it', async () => {
    const res = await call(admin, '/api/v1/sites/brand/logo', { method: 'PUT', json: { logo: `data:image/png;base64,${PNG}` } });
    expect(res.status).toBe(200);
    const { logo } = (await res.json()) as { logo: string };
    expect(logo).toMatch(/^\/s\/-\/logo\/brand\?v=[0-9a-f]{16}$/);
    const img = await SELF.fetch(`http://voce.test${logo}`);
    expect(img.status).toBe(200);
    expect(img.headers.get('content-type')).toBe('image/png');
    expect(img.headers.get('cache-control')).toContain('immutable');
    expect(img.headers.get('content-security-policy')).toContain('sandbox');
    expect(new Uint8Array(await img.arrayBuffer()).slice(1, 4)).toEqual(new Uint8Array([0x50, 0x4e, 0x47]));
    expect((await call(admin, '/api/v1/sites/brand/logo', { method: 'DELETE' })).status).toBe(200);
    expect((await SELF.fetch(`http://voce.test${logo}`)).status).toBe(404);
  });
});
