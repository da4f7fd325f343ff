// `npm run deploy`: build, apply the D1 migrations to the deployed database, `wrangler deploy`, and
// print the first admin's setup code while nobody has set the dashboard up.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { setupCode } from './admin/people';
import { applyMigrations, d1Query, ROOT, wranglerEnv } from './lib/wrangler';

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

// Until someone has set it up, the deployed dashboard's first-run page needs this one-time code:
// whoever finds the URL first cannot make themselves admin.
const target = { remote: true };
if ((d1Query<{ n: number }>('SELECT count(*) AS n FROM users', target)[0]?.n ?? 0) === 0) {
  const code = await setupCode({ rest: [], flags: new Map(), target, print: () => {}, now: Date.now() });
  console.log(`\nOpen /dashboard/ on your worker and create the admin account with the setup code:\n\n  ${code}\n\n(works once, for 24 hours; a new one: npm run admin -- setup-code --remote)`);
}
