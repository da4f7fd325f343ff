// The configuration the Deploy to Cloudflare button and `npm run deploy` use: wrangler.toml, read by
// wrangler itself, declares every binding the worker uses, with no placeholder id.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unstable_readConfig } from 'wrangler';
import { envNamesUsed, readConfig, repositoryDeployProblems, withDatabaseId, type Config } from '../../../scripts/lib/deploy-config';
import { ROOT } from '../../../scripts/lib/wrangler';

const config = readConfig();
const d1 = config.d1_databases[0]!;

describe('wrangler.toml for deploying', () => {
  it('declares every binding the worker uses (D1, rate limiters, assets, cron), with no placeholder id', () => {
    expect(repositoryDeployProblems(config)).toEqual([]);
    // The D1 database is provisioned by name: no id at all in the repository.
    expect(d1).toMatchObject({ binding: 'DB', database_name: 'voce', migrations_dir: 'migrations' });
    expect(d1.database_id).toBeUndefined();
  });

  it.each<[string, Partial<Config>, RegExp]>([
    ['the D1 binding is deleted', { d1_databases: [] }, /Env has DB \(D1Database\)/],
    ['the placeholder id is back', { d1_databases: [{ ...d1, database_id: '00000000-0000-0000-0000-000000000000' }] }, /DB has the placeholder database_id/],
    ['the id is a made-up word', { d1_databases: [{ ...d1, database_id: '<your-database-id>' }] }, /placeholder database_id/],
    ['the database has no name to provision', { d1_databases: [{ ...d1, database_name: '' }] }, /no database_name/],
    ['a rate limiter is deleted', { ratelimits: config.ratelimits.filter((r) => r.name !== 'AUTH_LIMIT') }, /Env has AUTH_LIMIT \(RateLimit\)/],
    ['the assets binding is deleted', { assets: undefined }, /Env has ASSETS \(Fetcher\)/],
    ['the cron is deleted', { triggers: { crons: [] } }, /no \[triggers\] crons/],
    ['an account is named', { account_id: '0123456789abcdef0123456789abcdef' }, /account_id/],
  ])('is refused when %s', (_, change, problem) => {
    expect(repositoryDeployProblems({ ...config, ...change } as Config).join('\n')).toMatch(problem);
  });

  it('accepts the real database id that the button writes into the deployer’s own copy', () => {
    const provisioned = { ...d1, database_id: '4b1e2a63-3c0d-4d8e-9f1a-2b3c4d5e6f70' };
    expect(repositoryDeployProblems({ ...config, d1_databases: [provisioned] } as Config)).toEqual([]);
  });

  it('finds what the worker reads from env, also destructured', () => {
    const source = `c.env.DB.prepare(); env['SITE_LIMIT']; const { ACCESS_AUD: aud, PUBLIC_ORIGIN } = c.env; env.db;`;
    expect([...envNamesUsed(source)].sort()).toEqual(['ACCESS_AUD', 'DB', 'PUBLIC_ORIGIN', 'SITE_LIMIT']);
  });
});

describe('npm run deploy writing the database id', () => {
  const id = '4b1e2a63-3c0d-4d8e-9f1a-2b3c4d5e6f70';

  it('puts database_id into the DB block of wrangler.toml, which wrangler then reads', () => {
    const dir = mkdtempSync(join(tmpdir(), 'voce-deploy-'));
    try {
      const toml = withDatabaseId(readFileSync(`${ROOT}wrangler.toml`, 'utf8'), 'DB', id)!;
      writeFileSync(join(dir, 'wrangler.toml'), toml);
      const written = unstable_readConfig({ config: join(dir, 'wrangler.toml') }, { hideWarnings: true });
      expect(written.d1_databases).toEqual([{ ...d1, database_id: id }]);
      expect(written.ratelimits).toEqual(config.ratelimits);
    } finally {
      rmSync(dir, { recursive: true });
    }
  });

  it.each([
    ['it already has one', `[[d1_databases]]\nbinding = "DB"\ndatabase_name = "voce"\ndatabase_id = "${id}"\n`],
    ['there is no DB block', `[[d1_databases]]\nbinding = "OTHER"\ndatabase_name = "voce"\n`],
    ['the block has no database_name', `[[d1_databases]]\nbinding = "DB"\n\n[observability]\ndatabase_name = "x"\n`],
  ])('writes nothing when %s', (_, toml) => {
    expect(withDatabaseId(toml, 'DB', id)).toBeNull();
  });
});
