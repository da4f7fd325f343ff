// The operator's commands against a real local D1 (through wrangler), as `npm run admin -- …` runs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { applyMigrations, d1Query } from '../../scripts/lib/wrangler';
import { hashApiKey } from '../../shared/keys';
import { verifyPassword } from '../../shared/password';

const persistTo = mkdtempSync(join(tmpdir(), 'voce-admin-'));
const t = { persistTo };

async function admin(...argv: string[]): Promise<string> {
  const lines: string[] = [];
  await run(argv, t, (line) => lines.push(line));
  return lines.join('\n');
}

beforeAll(() => applyMigrations(t), 60_000);
afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

describe('npm run admin', () => {
  it('creates a site with its origins and the default survey', async () => {
    expect(await admin('site', 'create', 'acme', '--origin', 'https://support.acme.test/', '--origin', 'http://localhost:3000')).toContain(
      'Created site "acme"',
    );
    expect(d1Query("SELECT origin FROM site_origins WHERE site_id = 'acme' ORDER BY origin", t)).toEqual([
      { origin: 'http://localhost:3000' },
      { origin: 'https://support.acme.test' },
    ]);
    expect(d1Query("SELECT id FROM surveys WHERE site_id = 'acme'", t)).toEqual([{ id: 'support' }]);
  });

  it('adds an origin to a site', async () => {
    await admin('site', 'add-origin', 'acme', 'https://help.acme.test');
    expect(d1Query("SELECT count(*) AS n FROM site_origins WHERE site_id = 'acme'", t)).toEqual([{ n: 3 }]);
  });

  it('prints a new API key once and stores only its hash', async () => {
    const out = await admin('key', 'create', 'acme', '--label', 'Zendesk');
    const key = /voce_[A-Za-z0-9_-]{43}/.exec(out)?.[0];
    expect(key).toBeDefined();
    const rows = d1Query<{ key_hash: string; prefix: string }>("SELECT key_hash, prefix FROM api_keys WHERE site_id = 'acme'", t);
    expect(rows).toEqual([{ key_hash: await hashApiKey(key!), prefix: key!.slice(0, 11) }]);
    expect(JSON.stringify(d1Query('SELECT * FROM api_keys', t))).not.toContain(key!);
  });

  it.each([
    [['site', 'create', 'acme', '--origin', 'https://x.test'], /already exists/],
    [['site', 'create', 'new-site'], /at least one --origin/],
    [['site', 'create', 'Bad Site', '--origin', 'https://x.test'], /Site: Use 1–63 lowercase/],
    [['site', 'create', 'other', '--origin', 'https://x.test/path'], /Not an origin.*did you mean https:\/\/x\.test\?/],
    [['site', 'create', 'other', '--origin', 'ftp://x.test'], /Not an origin/],
    [['site', 'add-origin', 'nobody', 'https://x.test'], /There is no site "nobody"/],
    [['site', 'add-origin', 'acme', 'not a url'], /Not an origin/],
    [['key', 'create', 'nobody'], /There is no site "nobody"/],
    [['launch', 'rockets'], /Usage/],
  ])('refuses %j with a clear message', async (argv, message) => {
    await expect(admin(...argv)).rejects.toThrow(message);
  });

  it('changed nothing when it refused', () => {
    expect(d1Query('SELECT id FROM sites', t)).toEqual([{ id: 'acme' }]);
    expect(d1Query('SELECT count(*) AS n FROM site_origins', t)).toEqual([{ n: 3 }]);
  });
});

describe('npm run admin -- site template-links', () => {
  it('turns template links on with a ticket pattern, and off', async () => {
    await admin('site', 'template-links', 'acme', 'on', '--pattern', '^T-[0-9]+$');
    expect(d1Query("SELECT json_extract(settings, '$.templateLinks') AS t FROM sites WHERE id = 'acme'", t)).toEqual([
      { t: '{"enabled":true,"ticketPattern":"^T-[0-9]+$"}' },
    ]);
    await admin('site', 'template-links', 'acme', 'off');
    expect(d1Query("SELECT json_extract(settings, '$.templateLinks.enabled') AS e FROM sites WHERE id = 'acme'", t)).toEqual([{ e: 0 }]);
    await expect(admin('site', 'template-links', 'acme', 'maybe')).rejects.toThrow(/"on" or "off"/);
    await expect(admin('site', 'template-links', 'acme', 'on', '--pattern', '([')).rejects.toThrow(/not a valid regular expression/);
  });

  it('gives new sites a link secret', () => {
    expect(d1Query<{ n: number }>("SELECT length(link_secret) AS n FROM sites WHERE id = 'acme'", t)).toEqual([{ n: 64 }]);
  });
});

describe('npm run admin -- user create', () => {
  it('creates a user with a random password shown once, stored only as a PBKDF2 hash', async () => {
    const out = await admin('user', 'create', 'Viewer@Acme.test', '--role', 'viewer');
    const password = /\n\n {2}(\S+)\n/.exec(out)?.[1];
    expect(password?.length).toBeGreaterThanOrEqual(12);
    const rows = d1Query<{ email: string; role: string; password_hash: string }>("SELECT email, role, password_hash FROM users", t);
    expect(rows).toEqual([{ email: 'viewer@acme.test', role: 'viewer', password_hash: expect.stringMatching(/^pbkdf2-sha256\$100000\$/) }]);
    expect(await verifyPassword(password!, rows[0]!.password_hash)).toBe(true);
  });

  it('refuses a duplicate, a short password and a wrong role', async () => {
    await expect(admin('user', 'create', 'viewer@acme.test', '--role', 'viewer')).rejects.toThrow(/already a user/);
    await expect(admin('user', 'create', 'x@acme.test', '--role', 'admin', '--password', 'short')).rejects.toThrow(/at least 12/);
    await expect(admin('user', 'create', 'x@acme.test', '--role', 'owner')).rejects.toThrow(/"admin" or "viewer"/);
  });
});
