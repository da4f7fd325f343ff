// A throwaway local stack for the benchmarks: migrated temp D1, a site, wrangler dev on a free port.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../scripts/admin';
import { applyMigrations, freePort, startDev, type Target } from '../scripts/lib/wrangler';

export interface BenchServer {
  url: string;
  target: Target;
  key: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  dispose(): void;
}

/** The dashboard's sections (3, 3b) run on a site in this zone, so every day boundary is a local one (#14). */
export const BENCH_ZONE = 'Europe/Rome';

/** A fresh database with the site (in `timezone`, set while it is empty, so seeding counts local days) and a key. */
export async function benchServer(site: string, timezone?: string): Promise<BenchServer> {
  const persistTo = mkdtempSync(join(tmpdir(), 'voce-bench-'));
  const target = { persistTo };
  applyMigrations(target);
  await run(['site', 'create', site, '--origin', 'http://127.0.0.1'], target, () => {});
  if (timezone) await run(['site', 'set', site, '--timezone', timezone], target, () => {});
  let key = '';
  await run(['key', 'create', site], target, (out) => (key = /voce_\S+/.exec(out)?.[0] ?? key));
  const port = await freePort();
  let dev: ReturnType<typeof startDev> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    target,
    key,
    async start() {
      // VOCE_MEASURE: the worker's X-D1-* headers, which the reports read.
      dev = startDev({ port, persistTo, vars: { VOCE_MEASURE: '1' } });
      await dev.ready;
    },
    async stop() {
      if (!dev) return;
      const exited = new Promise((r) => dev!.child.once('exit', r));
      dev.stop();
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      try {
        process.kill(-dev.child.pid!, 'SIGKILL');
      } catch {
        /* gone */
      }
      dev = undefined;
    },
    dispose() {
      rmSync(persistTo, { recursive: true, force: true });
    },
  };
}
