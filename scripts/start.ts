// `npm start`: build, migrate the local D1, seed it once with demo data, then serve on 127.0.0.1:8787.
import { spawnSync } from 'node:child_process';
import { setupCode } from './admin/people';
import { seedDemo } from './seed';
import { applyMigrations, CommandError, d1Query, ROOT, startDev, type Target } from './lib/wrangler';

const port = Number(process.env.PORT ?? 8787);
const target: Target = { persistTo: process.env.VOCE_PERSIST_TO };

try {
  const build = spawnSync(process.execPath, ['--import', 'tsx', `${ROOT}scripts/build.ts`], { stdio: 'inherit', cwd: ROOT });
  if (build.status !== 0) throw new CommandError('The build failed.');
  applyMigrations(target);
  console.log('Local D1 database migrated.');
  const seeded = seedDemo(target, { port });
  console.log(seeded ? `Seeded the demo site with ${seeded} responses over the last 90 days.` : 'Database already seeded.');
  // Locally as in production, nobody becomes admin by arriving first: the first-run page asks for this code.
  let signIn = 'open the dashboard and sign in.\nMore users: npm run admin -- user create you@example.com --role admin|responder|viewer';
  if ((d1Query<{ n: number }>('SELECT count(*) AS n FROM users', target)[0]?.n ?? 0) === 0) {
    const code = await setupCode({ rest: [], flags: new Map(), target, print: () => {}, now: Date.now() });
    signIn = `open the dashboard and create the admin account with the setup code ${code} (works once, for 24 hours).`;
  }

  const dev = startDev({ port, persistTo: target.persistTo, inherit: true });
  const stop = () => dev.stop();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  dev.child.on('exit', (code) => process.exit(code ?? 0));
  await dev.ready;
  const base = `http://127.0.0.1:${port}`;
  // wrangler dev runs no cron: run the worker's every-minute job (webhook retries) the way
  // --test-scheduled offers it.
  setInterval(() => void fetch(`${base}/__scheduled?cron=*+*+*+*+*`).catch(() => {}), 60_000).unref();
  console.log(`
Voce is running:
  Demo page   ${base}/demo
  Dashboard   ${base}/dashboard/
  API         ${base}/api/v1/surveys/demo/support
Try:  curl -i -X POST ${base}/api/v1/responses -H 'content-type: application/json' \\
        -d '{"id":"6f1c2a34-9b8e-4d7c-a1f0-3e5b7c9d2a10","site":"demo","survey":"support","ticket":"T-1042","answers":{"nps":9}}'
Sign in: ${signIn}
Press Ctrl+C to stop.
`);
} catch (err) {
  console.error(err instanceof CommandError ? err.message : err);
  process.exit(1);
}
