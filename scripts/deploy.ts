// `npm run deploy`, from a laptop or as the deploy command of Workers Builds (the Deploy to Cloudflare
// button): check wrangler.toml, find or create the D1 database, build, apply the migrations to it,
// `wrangler deploy`, and print the first admin's setup code while nobody has set the dashboard up.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { setupCode } from './admin/people';
import { readConfig, repositoryDeployProblems, withDatabaseId } from './lib/deploy-config';
import { applyMigrations, CommandError, d1Query, DATABASE, ROOT, wrangler, wranglerEnv } from './lib/wrangler';

const CONFIG = `${ROOT}wrangler.toml`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function step(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { cwd: ROOT, env: wranglerEnv, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** The account's D1 database of this name, created once if there is none. */
function databaseId(name: string): string {
  const find = () => (JSON.parse(wrangler(['d1', 'list', '--json'], { quiet: true })) as { uuid: string; name: string }[]).find((d) => d.name === name)?.uuid;
  const existing = find();
  if (existing) return existing;
  console.log(`Creating the D1 database "${name}"…`);
  wrangler(['d1', 'create', name], { quiet: true });
  return find() ?? fail(`wrangler d1 create ${name} did not create a database of that name.`);
}

/** Writes database_id into wrangler.toml, as the Deploy button does in the deployer's copy. */
function writeDatabaseId(id: string): void {
  const toml = withDatabaseId(readFileSync(CONFIG, 'utf8'), DATABASE, id);
  if (!toml) fail(`Put this line into wrangler.toml's [[d1_databases]] block and run npm run deploy again:\n  database_id = "${id}"`);
  writeFileSync(CONFIG, toml);
  console.log(`Wrote database_id = "${id}" into wrangler.toml (commit it with your configuration).`);
}

const problems = repositoryDeployProblems();
if (problems.length) fail(`wrangler.toml is not ready to deploy:\n  ${problems.join('\n  ')}`);

try {
  const db = readConfig().d1_databases.find((d) => d.binding === DATABASE)!;
  if (!db.database_id) writeDatabaseId(databaseId(db.database_name!));

  step('npm', ['run', 'build']);
  applyMigrations({ remote: true });
} catch (err) {
  if (!(err instanceof CommandError)) throw err;
  // Workers Builds' generated API token may lack D1 access on some accounts.
  const hint = /7403|10000|Authentication error|not authorized/i.test(err.message)
    ? '\n\nThe API token has no access to D1: give it "D1 Edit" (My Profile → API Tokens; for Workers Builds, the token in the Worker\'s Settings → Build) and deploy again.'
    : '';
  fail(`${err.message}${hint}`);
}
step(`${ROOT}node_modules/.bin/wrangler`, ['deploy']);

// Until someone has set it up, the deployed dashboard's first-run page needs this one-time code:
// whoever finds the URL first cannot make themselves admin. On Workers Builds it is in the build log,
// which only members of the Cloudflare account can read.
const target = { remote: true };
try {
  if ((d1Query<{ n: number }>('SELECT count(*) AS n FROM users', target)[0]?.n ?? 0) === 0) {
    const code = await setupCode({ rest: [], flags: new Map(), target, print: () => {}, now: Date.now() });
    console.log(`\nOpen /dashboard/ on your worker and create the admin account with the setup code:\n\n  ${code}\n\n(works once, for 24 hours; a new one: deploy again, or npm run admin -- setup-code --remote)`);
  }
} catch (err) {
  if (!(err instanceof CommandError)) throw err;
  console.error(`Deployed, but no setup code could be made: ${err.message}\nMake one with: npm run admin -- setup-code --remote`);
}
