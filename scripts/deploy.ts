// `npm run deploy`: build, apply the D1 migrations to the deployed database, then `wrangler deploy`.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { applyMigrations, ROOT, wranglerEnv } from './lib/wrangler';

const config = readFileSync(`${ROOT}wrangler.toml`, 'utf8');
if (config.includes('database_id = "00000000-0000-0000-0000-000000000000"')) {
  console.error(`wrangler.toml still has the placeholder D1 database_id. Create the database once:
  npx wrangler d1 create voce
and put the database_id it prints into wrangler.toml, then run npm run deploy again.`);
  process.exit(1);
}

function step(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: wranglerEnv, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step('npm', ['run', 'build']);
applyMigrations({ remote: true });
step(`${ROOT}node_modules/.bin/wrangler`, ['deploy']);
