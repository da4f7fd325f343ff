// Runs the project's pinned wrangler for the operator's scripts: D1 queries and migrations on the
// local database (or the deployed one with `remote`), without telemetry.
import { spawn, spawnSync } from 'node:child_process';
import { get as httpGet } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const WRANGLER = `${ROOT}node_modules/.bin/wrangler`;
export const DATABASE = 'DB';

export interface Target {
  /** The deployed database instead of the local one. */
  remote?: boolean;
  /** Local state directory (default: wrangler's .wrangler/state). */
  persistTo?: string;
}

export const wranglerEnv = { ...process.env, WRANGLER_SEND_METRICS: 'false', NO_D1_WARNING: 'true', FORCE_COLOR: '0' };

function targetArgs(t: Target): string[] {
  if (t.remote) return ['--remote'];
  return ['--local', ...(t.persistTo ? ['--persist-to', t.persistTo] : [])];
}

export class CommandError extends Error {}

/**
 * A local D1 that another workerd (a wrangler process just ending, or wrangler dev) briefly holds
 * makes `wrangler d1 execute` fail at once with an internal assertion or SQLITE_BUSY, before it runs
 * anything: worth a short wait and another try.
 */
const TRANSIENT = /false == true|SQLITE_BUSY|database is locked/;

/** Runs wrangler and returns its stdout; throws with its output when it fails. */
export function wrangler(args: string[], opts: { quiet?: boolean; input?: string } = {}): string {
  let r = spawnSync(WRANGLER, args, { cwd: ROOT, env: wranglerEnv, encoding: 'utf8', input: opts.input, maxBuffer: 256 << 20 });
  for (let attempt = 1; r.status !== 0 && attempt < 4 && TRANSIENT.test(`${r.stderr}${r.stdout}`); attempt++) {
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300 * attempt);
    r = spawnSync(WRANGLER, args, { cwd: ROOT, env: wranglerEnv, encoding: 'utf8', input: opts.input, maxBuffer: 256 << 20 });
  }
  if (r.status !== 0) {
    throw new CommandError(`wrangler ${args.slice(0, 3).join(' ')} failed:\n${(r.stderr || r.stdout).trim()}`);
  }
  if (!opts.quiet && r.stderr.trim()) process.stderr.write(r.stderr);
  return r.stdout;
}

/** Rows of one or more SQL statements (the last statement's rows). */
export function d1Query<T = Record<string, unknown>>(sql: string, t: Target = {}): T[] {
  const out = wrangler(['d1', 'execute', DATABASE, ...targetArgs(t), '--json', '--command', sql], { quiet: true });
  const results = JSON.parse(out) as { results: T[] }[];
  return results.at(-1)?.results ?? [];
}

/** Executes a file of SQL statements. */
export function d1ExecuteFile(file: string, t: Target = {}): void {
  wrangler(['d1', 'execute', DATABASE, ...targetArgs(t), '--json', '--file', file], { quiet: true });
}

export function applyMigrations(t: Target = {}): void {
  wrangler(['d1', 'migrations', 'apply', DATABASE, ...targetArgs(t)], { quiet: true, input: 'y\n' });
}

/** Starts `wrangler dev` (with `vars` as `--var NAME:value`) and resolves once it answers on the port. */
export function startDev(opts: { port: number; persistTo?: string; inherit?: boolean; vars?: Record<string, string> }) {
  // --test-scheduled: /__scheduled runs the cron handler (scripts/start.ts calls it every minute).
  const args = ['dev', '--ip', '127.0.0.1', '--port', String(opts.port), '--show-interactive-dev-session=false', '--test-scheduled'];
  if (opts.persistTo) args.push('--persist-to', opts.persistTo);
  // VOCE_DEV: local development on this origin (webhooks may go to http://127.0.0.1; never set on a deployed worker).
  for (const [name, value] of Object.entries({ VOCE_DEV: `http://127.0.0.1:${opts.port}`, ...opts.vars })) args.push('--var', `${name}:${value}`);
  const child = spawn(WRANGLER, args, {
    cwd: ROOT,
    env: wranglerEnv,
    stdio: opts.inherit ? 'inherit' : ['ignore', 'pipe', 'pipe'],
    detached: !opts.inherit,
  });
  let log = '';
  child.stdout?.on('data', (d: Buffer) => (log += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  const ready = waitForHttp(`http://127.0.0.1:${opts.port}/api/v1/health`, 60_000, () => child.exitCode !== null).catch(
    (err: Error) => {
      throw new CommandError(`${err.message}\n${log}`);
    },
  );
  const stop = () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(opts.inherit ? child.pid! : -child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  return { child, ready, stop, log: () => log };
}

async function waitForHttp(url: string, timeoutMs: number, exited: () => boolean): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (exited()) throw new CommandError('wrangler dev exited before it was ready');
    // A connection of its own that closes after the answer: a probe's idle keep-alive socket in
    // fetch's shared pool, reused by the caller's first request just as wrangler closes it, failed
    // that request with "other side closed" (1 in 2 runs of a test whose setup took ~5 s).
    const ok = await new Promise<boolean>((resolve) => {
      const req = httpGet(url, { agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      });
      req.on('error', () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new CommandError(`wrangler dev did not answer on ${url} within ${timeoutMs / 1000} s`);
}

/** A value as an SQLite literal, for generated SQL files (never for request input). */
export function sqlLiteral(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  return `'${value.replace(/'/g, "''")}'`;
}

/** A port free on loopback right now (a server may still take it first: callers retry). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createNetServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}
