// Ticket patterns of template links (issue #10): a pattern that backtracks catastrophically is refused
// when saved, and one already stored costs the worker linear time per request instead of stalling it.
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite } from './setup/fixtures';
import { addUser, BASE, call, signIn, type Session } from './setup/dashboard';

let admin: Session;

beforeAll(async () => {
  await createSite('acme');
  await addUser('admin@acme.test', 'admin password 1', 'admin');
  admin = await signIn('admin@acme.test', 'admin password 1');
});

const storedSettings = async () =>
  (await env.DB.prepare("SELECT settings FROM sites WHERE id = 'acme'").first<{ settings: string }>())!.settings;

const open = (ticket: string) => SELF.fetch(`${BASE}/s/acme/${ticket}`, { redirect: 'manual' });

describe('ticket patterns', () => {
  it('refuses to save a pattern with nested repetition, with the field and what to change, and stores nothing', async () => {
    const before = await storedSettings();
    const res = await call(admin, '/api/v1/sites/acme/settings', {
      method: 'PATCH',
      json: { templateLinks: { enabled: true, ticketPattern: '^(a+)+$' } },
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; issues: { path: string; message: string }[] } };
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.issues).toEqual([{ path: 'templateLinks.ticketPattern', message: expect.stringMatching(/nested repetition/i) }]);
    expect(await storedSettings()).toBe(before);
  });

  it('answers promptly with a 404 page when a pattern stored by an older version would backtrack, and still matches with it', async () => {
    // As an older version would have saved it, before patterns were checked.
    const settings = JSON.stringify({ templateLinks: { enabled: true, ticketPattern: '^(a+)+$' } });
    await env.DB.prepare("UPDATE sites SET settings = ?1 WHERE id = 'acme'").bind(settings).run();
    const miss = await open(`${'a'.repeat(33)}!`);
    expect(miss.status).toBe(404);
    expect(await miss.text()).toContain('This survey is not available');
    const hit = await open('aaaa');
    expect(hit.status).toBe(302);
    expect(hit.headers.get('location')).toMatch(/^\/s\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
  });

  it('still accepts the tickets an ordinary pattern allows and refuses the others', async () => {
    const res = await call(admin, '/api/v1/sites/acme/settings', {
      method: 'PATCH',
      json: { templateLinks: { enabled: true, ticketPattern: '^[0-9]{1,10}$' } },
    });
    expect(res.status).toBe(200);
    expect((await open('12345')).status).toBe(302);
    expect((await open('12345a')).status).toBe(404);
  });
});
