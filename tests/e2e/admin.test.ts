// The operator's commands against a real local D1 (through wrangler), as `npm run admin -- …` runs them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { applyMigrations, d1Query } from '../../scripts/lib/wrangler';
import { hashApiKey, setupCodeHash } from '../../shared/keys';
import { signToken, verifyToken } from '../../worker/src/links/token';
import { verifyPassword } from '../../shared/password';
import { addSql } from '../../worker/src/db/rollups';

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
    await expect(admin('site', 'template-links', 'acme', 'on', '--pattern', '([')).rejects.toThrow(/not a valid ticket pattern/);
    // Refused when saved: ordinary regex engines take seconds on near misses of this shape.
    await expect(admin('site', 'template-links', 'acme', 'on', '--pattern', '^(a+)+$')).rejects.toThrow(/Nested repetition/);
  });

  it('sets the time zone and recounts the days: an answer at 23:30 UTC on 28 March counts on 29 March in Rome', async () => {
    d1Query(
      `INSERT INTO responses (id, site_id, survey_id, ticket, nps, source, created_at, updated_at) VALUES ('tz-1', 'acme', 'support', 'T-tz', 9, 'widget', ${Date.parse('2026-03-28T23:30:00Z')}, 0);
       ${addSql("r.id = 'tz-1'")}`,
      t,
    );
    const days = () => d1Query<{ day: string }>("SELECT day FROM daily_rollups WHERE site_id = 'acme' AND dim = 'all' AND responses > 0", t).map((r) => r.day);
    expect(days()).toEqual(['2026-03-28']);
    expect(await admin('site', 'set', 'acme', '--timezone', 'Europe/Rome')).toContain('now counts its days in Europe/Rome');
    expect(days()).toEqual(['2026-03-29']);
    expect(d1Query<{ z: string }>("SELECT settings ->> '$.timezone' AS z FROM sites WHERE id = 'acme'", t)).toEqual([{ z: 'Europe/Rome' }]);
    await expect(admin('site', 'set', 'acme', '--timezone', 'Europe/Atlantis')).rejects.toThrow(/Time zone: Not a known time zone/);
    await admin('site', 'set', 'acme', '--timezone', 'UTC');
    expect(days()).toEqual(['2026-03-28']);
    d1Query("DELETE FROM daily_rollups WHERE site_id = 'acme'; DELETE FROM responses WHERE id = 'tz-1'", t);
  }, 60_000);

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
    await expect(admin('user', 'create', 'x@acme.test', '--role', 'owner')).rejects.toThrow(/"admin", "responder" or "viewer"/);
    await expect(admin('user', 'create', 'x@acme.test', '--role', 'viewer', '--site', 'nowhere')).rejects.toThrow(/There is no site "nowhere"/);
  });

  it('gives a person only the sites named for them', async () => {
    await admin('user', 'create', 'caller@acme.test', '--role', 'responder', '--site', 'acme');
    expect(d1Query("SELECT u.role, u.all_sites, s.site_id FROM users u JOIN user_sites s ON s.user_id = u.id WHERE u.email = 'caller@acme.test'", t)).toEqual([
      { role: 'responder', all_sites: 0, site_id: 'acme' },
    ]);
  });
});

describe('npm run admin -- user set|disable|enable|remove', () => {
  const sessions = (email: string) =>
    d1Query<{ n: number }>(`SELECT count(*) AS n FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.email = '${email}'`, t)[0]!.n;
  const signedIn = (email: string) =>
    d1Query(`INSERT INTO sessions (id_hash, user_id, csrf, created_at, last_seen_at) SELECT '${crypto.randomUUID()}', id, 'c', 1, 1 FROM users WHERE email = '${email}'`, t);

  it('ends the person’s sessions on every change', async () => {
    for (const argv of [
      ['user', 'set', 'caller@acme.test', '--role', 'viewer'],
      ['user', 'set', 'caller@acme.test', '--all-sites'],
      ['user', 'set', 'caller@acme.test', '--password', 'a brand new password'],
      ['user', 'disable', 'caller@acme.test'],
    ]) {
      signedIn('caller@acme.test');
      expect(sessions('caller@acme.test')).toBe(1);
      await admin(...argv);
      expect(sessions('caller@acme.test'), argv.join(' ')).toBe(0);
    }
    expect(d1Query("SELECT role, all_sites, disabled_at IS NOT NULL AS disabled FROM users WHERE email = 'caller@acme.test'", t)).toEqual([
      { role: 'viewer', all_sites: 1, disabled: 1 },
    ]);
    await admin('user', 'enable', 'caller@acme.test');
    await admin('user', 'remove', 'caller@acme.test');
    expect(d1Query("SELECT id FROM users WHERE email = 'caller@acme.test'", t)).toEqual([]);
  });

  it('never removes, disables or narrows the last admin of every site', async () => {
    await admin('user', 'create', 'boss@acme.test', '--role', 'admin', '--password', 'the boss password');
    await expect(admin('user', 'disable', 'boss@acme.test')).rejects.toThrow(/last enabled admin/);
    await expect(admin('user', 'set', 'boss@acme.test', '--site', 'acme')).rejects.toThrow(/last enabled admin/);
    await expect(admin('user', 'remove', 'boss@acme.test')).rejects.toThrow(/last enabled admin/);
    await expect(admin('user', 'remove', 'nobody@acme.test')).rejects.toThrow(/There is no user/);
  });
});

describe('npm run admin -- setup-code', () => {
  it('is refused once somebody can sign in', async () => {
    await expect(admin('setup-code')).rejects.toThrow(/set up already/);
  });

  it('prints a one-time code for an empty database and stores only its hash, replacing earlier ones', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'voce-admin-empty-'));
    try {
      applyMigrations({ persistTo: empty });
      const print = (lines: string[]) => (line: string) => lines.push(line);
      const a: string[] = [];
      const b: string[] = [];
      await run(['setup-code'], { persistTo: empty }, print(a));
      await run(['setup-code'], { persistTo: empty }, print(b));
      const code = /([0-9A-Z]{4}-){3}[0-9A-Z]{4}/.exec(b.join('\n'))![0];
      expect(d1Query('SELECT code_hash FROM setup_codes', { persistTo: empty })).toEqual([{ code_hash: await setupCodeHash(code) }]);
      expect(JSON.stringify(d1Query('SELECT * FROM setup_codes', { persistTo: empty }))).not.toContain(code);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('npm run admin -- site secrets and verified tickets', () => {
  it('rotates the link secret: a link signed before no longer verifies', async () => {
    const before = d1Query<{ s: string }>("SELECT link_secret AS s FROM sites WHERE id = 'acme'", t)[0]!.s;
    const token = await signToken({ i: 'l1', s: 'acme', v: 'support', t: 'T-1', e: Math.floor(Date.now() / 1000) + 3600 }, before);
    await admin('site', 'rotate-link-secret', 'acme');
    const after = d1Query<{ s: string }>("SELECT link_secret AS s FROM sites WHERE id = 'acme'", t)[0]!.s;
    expect(after).toMatch(/^[0-9a-f]{64}$/);
    expect(after).not.toBe(before);
    expect((await verifyToken(token, async () => before)).ok).toBe(true);
    expect((await verifyToken(token, async () => after)).ok).toBe(false);
  });

  it('prints the widget secret and turns verified tickets on and off', async () => {
    const out = await admin('site', 'widget-secret', 'acme');
    const secret = d1Query<{ s: string }>("SELECT widget_secret AS s FROM sites WHERE id = 'acme'", t)[0]!.s;
    expect(out).toContain(secret);
    await admin('site', 'set', 'acme', '--require-verified-tickets', 'on');
    expect(d1Query("SELECT json_extract(settings, '$.requireVerifiedTickets') AS r FROM sites WHERE id = 'acme'", t)).toEqual([{ r: 1 }]);
    await admin('site', 'set', 'acme', '--require-verified-tickets', 'off');
    expect(d1Query("SELECT json_extract(settings, '$.requireVerifiedTickets') AS r FROM sites WHERE id = 'acme'", t)).toEqual([{ r: 0 }]);
  });

  it('sets and removes the helpdesk ticket address, refusing one without {ticket}', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/{ticket}';
    await admin('site', 'set', 'acme', '--ticket-url', url);
    expect(d1Query("SELECT settings ->> '$.ticketUrl' AS u FROM sites WHERE id = 'acme'", t)).toEqual([{ u: url }]);
    await expect(admin('site', 'set', 'acme', '--ticket-url', 'https://acme.zendesk.com/agent/tickets/')).rejects.toThrow(/\{ticket\}/);
    expect(d1Query("SELECT settings ->> '$.ticketUrl' AS u FROM sites WHERE id = 'acme'", t)).toEqual([{ u: url }]);
    await admin('site', 'set', 'acme', '--ticket-url', '');
    expect(d1Query("SELECT settings ->> '$.ticketUrl' AS u FROM sites WHERE id = 'acme'", t)).toEqual([{ u: null }]);
  });
});

describe('npm run admin -- webhook', () => {
  beforeAll(() => admin('site', 'create', 'hooks', '--origin', 'https://hooks-site.test'), 60_000);

  it('adds an endpoint and prints its whsec_ secret once, lists and removes it', async () => {
    const out = await admin('webhook', 'add', 'hooks', 'https://hooks.acme.test/voce', '--events', 'response.negative,response.created', '--format', 'slack', '--agent', 'luca');
    const id = /ep_[0-9a-f]{16}/.exec(out)?.[0];
    const secret = /whsec_[A-Za-z0-9+/]{43}=/.exec(out)?.[0];
    expect(id).toBeDefined();
    expect(secret).toBeDefined();
    expect(out).toContain('(only agent luca)');
    expect(d1Query<{ events: string; format: string }>(`SELECT events, format, agent, channel FROM webhook_endpoints WHERE id = '${id}'`, t)).toEqual([
      { events: '["response.negative","response.created"]', format: 'slack', agent: 'luca', channel: null },
    ]);
    const list = await admin('webhook', 'list', 'hooks');
    expect(list).toContain(id);
    expect(list).toContain('only agent luca');
    expect(list).not.toContain(secret);
    expect(await admin('webhook', 'remove', 'hooks', id!)).toContain('Removed');
    expect(d1Query('SELECT count(*) AS n FROM webhook_endpoints', t)).toEqual([{ n: 0 }]);
  });

  it('refuses plain http to another host, and unknown events or formats', async () => {
    await expect(admin('webhook', 'add', 'hooks', 'http://hooks.acme.test/voce')).rejects.toThrow(/https/);
    await expect(admin('webhook', 'add', 'hooks', 'https://hooks.acme.test/voce', '--events', 'response.deleted')).rejects.toThrow(/Unknown event/);
    await expect(admin('webhook', 'add', 'hooks', 'https://hooks.acme.test/voce', '--format', 'discord')).rejects.toThrow(/standard, slack or teams/);
    await expect(admin('webhook', 'add', 'hooks', 'https://hooks.acme.test/voce', '--survey', 'Support!')).rejects.toThrow(/Filter/);
    expect(await admin('webhook', 'add', 'hooks', 'http://127.0.0.1:9000/hook')).toContain('Added webhook');
    expect(d1Query('SELECT count(*) AS n FROM webhook_endpoints', t)).toEqual([{ n: 1 }]);
  });
});
