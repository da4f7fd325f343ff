// `npm run seed` as a fresh checkout runs it: no local database yet, so it has to migrate first (#11).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { d1Query, ROOT, wranglerEnv } from '../../scripts/lib/wrangler';

const persistTo = mkdtempSync(join(tmpdir(), 'voce-seed-e2e-'));

/** What the seed wrote, in one wrangler call (each costs seconds). */
const seeded = () =>
  d1Query(
    "SELECT (SELECT group_concat(id) FROM sites) AS sites, (SELECT group_concat(id) FROM surveys WHERE site_id = 'demo') AS surveys, (SELECT count(*) FROM responses WHERE site_id = 'demo') AS responses, (SELECT count(*) FROM responses r WHERE r.site_id = 'demo' AND NOT EXISTS (SELECT 1 FROM ticket_facts f WHERE f.site_id = r.site_id AND f.ticket = r.ticket)) AS answersWithoutFacts, (SELECT count(*) FROM ticket_facts WHERE site_id = 'demo' AND status <> 'open') AS solved, (SELECT count(*) FROM ticket_facts WHERE site_id = 'demo' AND status = 'open') AS open",
    { persistTo },
  )[0];

async function npmRunSeed(): Promise<string> {
  const { stdout, stderr } = await promisify(execFile)('npm', ['run', 'seed'], {
    cwd: ROOT,
    env: { ...wranglerEnv, VOCE_PERSIST_TO: persistTo },
    maxBuffer: 16 << 20,
  }).catch((err: { stdout?: string; stderr?: string; message: string }) => {
    throw new Error(`npm run seed failed: ${err.stderr || err.stdout || err.message}`);
  });
  return `${stdout}${stderr}`;
}

afterAll(() => rmSync(persistTo, { recursive: true, force: true }));

describe('npm run seed', () => {
  it('migrates an empty local database, then seeds the demo site with its survey, responses and ticket facts', async () => {
    expect(await npmRunSeed()).toContain('Seeded site "demo" with 3000 demo responses.');
    const s = seeded();
    expect(s).toMatchObject({ sites: 'demo', surveys: 'support', responses: 3000, answersWithoutFacts: 0 });
    // Every answer's ticket has its facts, and far more tickets were solved than answered; a backlog is open.
    expect(s!.solved).toBeGreaterThan(2 * 3000);
    expect(s!.open).toBeGreaterThanOrEqual(24);
  });

  it('runs again on the migrated, seeded database and adds nothing', async () => {
    const before = seeded();
    expect(await npmRunSeed()).toContain('The database already has sites; nothing seeded.');
    expect(seeded()).toEqual(before);
  });
});
