// `npm start`: build, migrate the local D1, seed it once with demo data, then serve on 127.0.0.1:8787.
import { spawnSync } from 'node:child_process';
import { seedDemo } from './seed';
import { applyMigrations, CommandError, ROOT, startDev, type Target } from './lib/wrangler';

const port = Number(process.env.PORT ?? 8787);
const target: Target = { persistTo: process.env.VOCE_PERSIST_TO };

try {
  const build = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}scripts/build.ts`], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) throw new CommandError('The build failed.');
  applyMigrations(target);
  console.log('Local D1 database migrated.');
  const seeded = seedDemo(target, { port });
  console.log(seeded ? `Seeded the demo site with ${seeded} responses over the last 90 days.` : 'Database already seeded.');

  const dev = startDev({ port, persistTo: target.persistTo, inherit: true });
  const stop = () => dev.stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  dev.child.on('exit', (code) => process.exit(code ?? 0));
  await dev.ready;
  const base = `http://127.0.0.1:${port}`;
  console.log(`
Voce is running:
  Demo page   ${base}/demo
  Dashboard   ${base}/dashboard/
  API         ${base}/api/v1/surveys/demo/support
Try:  curl -i -X POST ${base}/api/v1/responses -H 'content-type: application/json' \\
        -d '{"id":"6f1c2a34-9b8e-4d7c-a1f0-3e5b7c9d2a10","site":"demo","survey":"support","ticket":"T-1042","answers":{"nps":9}}'
Sign in: open the dashboard; on a new database it asks you to create the admin account.
More users: npm run admin -- user create you@example.com --role admin|viewer
Press Ctrl+C to stop.
`);
} catch (err) {
  console.error(err instanceof CommandError ? err.message : err);
  process.exit(1);
}
