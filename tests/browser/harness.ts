// Browser-test harness: a real `wrangler dev` on a temp local D1, a host-page server on another origin
// (a configured site origin) and Debian's Chromium driven by playwright-core.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { run } from '../../scripts/admin';
import { applyMigrations, d1Query, freePort, ROOT, startDev } from '../../scripts/lib/wrangler';

export interface Stack {
  workerUrl: string;
  hostUrl: string;
  persistTo: string;
  query<T = Record<string, unknown>>(sql: string): T[];
  setPage(path: string, page: { html: string; headers?: Record<string, string> }): void;
  stop(): Promise<void>;
}

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Reads the real local D1 while `wrangler dev` runs. Finding: `wrangler d1 execute --local` does see the
 * worker's fresh rows (~1 s a call), but each call starts a workerd that briefly write-locks the SQLite
 * file; with no busy timeout on either side, concurrent worker INSERTs then fail with 500 and the CLI
 * with SQLITE_BUSY (10 reads during 1,500 POSTs: 10 POSTs lost). So read the D1 file itself with the
 * sqlite3 CLI, read-only (a WAL reader: fresh, ~10 ms, 0 failures in 493 reads under the same load).
 * SQL that writes (test setup) is re-run read-write: do that while the worker is idle. Without sqlite3
 * (Debian package `sqlite3`) fall back to wrangler, retrying SQLITE_BUSY. Rows of the last SELECT.
 */
const SQLITE3 = ['/usr/bin/sqlite3', '/usr/local/bin/sqlite3'].find((p) => existsSync(p));

function sqlite3(file: string, sql: string, readonly: boolean): { ok: boolean; out: string; err: string } {
  const args = [...(readonly ? ['-readonly'] : []), '-bail', '-json', '-cmd', '.timeout 5000', file, sql];
  const r = spawnSync(SQLITE3!, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  return { ok: r.status === 0, out: r.stdout, err: r.stderr || r.stdout };
}

function queryD1<T>(sql: string, persistTo: string): T[] {
  const dir = join(persistTo, 'v3/d1/miniflare-D1DatabaseObject');
  const file = SQLITE3 && existsSync(dir) ? readdirSync(dir).find((f) => /^[0-9a-f]{64}\.sqlite$/.test(f)) : undefined;
  if (file) {
    let r = sqlite3(join(dir, file), sql, true);
    if (!r.ok && /readonly database/.test(r.err)) r = sqlite3(join(dir, file), sql, false);
    if (!r.ok) throw new Error(`sqlite3 failed on ${JSON.stringify(sql)}:\n${r.err}`);
    // one JSON array per statement that returned rows, each on its own lines: keep the last
    const arrays = r.out.trim().split(/\n(?=\[)/).filter(Boolean);
    return arrays.length ? (JSON.parse(arrays.at(-1)!) as T[]) : [];
  }
  for (let attempt = 1; ; attempt++) {
    try {
      return d1Query<T>(sql, { persistTo });
    } catch (err) {
      if (attempt >= 8 || !/SQLITE_BUSY|database is locked/.test((err as Error).message)) throw err;
      sleepSync(100 * attempt);
    }
  }
}

/** True while any process of the group still exists. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

function killGroup(pgid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(-pgid, sig);
  } catch {
    /* already gone */
  }
}

function hostServer(pages: Map<string, { html: string; headers?: Record<string, string> }>): Server {
  return createServer((req, res) => {
    const page = pages.get(new URL(req.url ?? '/', 'http://host').pathname);
    if (!page || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
      res.end('Not found\n');
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...page.headers });
    res.end(req.method === 'HEAD' ? undefined : page.html);
  });
}

/** Migrated temp D1 with site `siteId` (default `acme`, survey `support`) allowing hostUrl; wrangler dev on it. */
export async function startStack(opts: { siteId?: string } = {}): Promise<Stack> {
  if (!existsSync(`${ROOT}dist/public`)) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`npm run build failed:\n${b.stderr || b.stdout}`);
  }
  const persistTo = mkdtempSync(join(tmpdir(), 'voce-browser-'));
  const pages = new Map<string, { html: string; headers?: Record<string, string> }>();
  const server = hostServer(pages);
  let dev: ReturnType<typeof startDev> | undefined;
  let stopping: Promise<void> | undefined;
  const onExit = () => dev?.child.pid && killGroup(dev.child.pid, 'SIGKILL');
  process.once('exit', onExit);

  const stop = () =>
    (stopping ??= (async () => {
      process.off('exit', onExit);
      const pgid = dev?.child.pid;
      if (pgid) {
        killGroup(pgid, 'SIGTERM'); // wrangler and its workerd processes share the group
        for (let t = 0; t < 100 && groupAlive(pgid); t++) await sleep(100);
        killGroup(pgid, 'SIGKILL');
        for (let t = 0; t < 50 && groupAlive(pgid); t++) await sleep(100);
      }
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(persistTo, { recursive: true, force: true });
    })());

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const hostUrl = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    applyMigrations({ persistTo });
    await run(['site', 'create', opts.siteId ?? 'acme', '--origin', hostUrl], { persistTo }, () => {});

    let workerUrl = '';
    for (let attempt = 1; !workerUrl; attempt++) {
      const port = await freePort();
      dev = startDev({ port, persistTo });
      try {
        await dev.ready;
        workerUrl = `http://127.0.0.1:${port}`;
      } catch (err) {
        // e.g. the port was taken between freePort() and wrangler's listen: try another one
        killGroup(dev.child.pid!, 'SIGKILL');
        if (attempt >= 3) throw err;
      }
    }
    return {
      workerUrl,
      hostUrl,
      persistTo,
      query: <T = Record<string, unknown>>(sql: string) => queryD1<T>(sql, persistTo),
      setPage(path, page) {
        if (!path.startsWith('/')) throw new Error(`page path must start with "/": ${path}`);
        pages.set(path, page);
      },
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * Waits (up to 10 s) until the worker answers `path` as `ok` wants. The worker remembers sites and
 * surveys for up to 5 s (worker/src/db/memory.ts), so a change that test setup writes straight to D1,
 * as the admin CLI does, reaches it within that.
 */
export async function untilWorker(stack: Stack, path: string, ok: (res: Response) => Promise<boolean>, init: RequestInit = {}): Promise<void> {
  const end = Date.now() + 10_000;
  while (!(await ok(await fetch(`${stack.workerUrl}${path}`, init)))) {
    if (Date.now() > end) throw new Error(`the worker did not answer ${path} as expected within 10 s`);
    await sleep(250);
  }
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    // VOCE_CHROMIUM: another Chromium build, e.g. the Google Chrome preinstalled on GitHub's Ubuntu
    // runners, whose `chromium` package is only a snap (.github/workflows/ci.yml).
    executablePath: process.env.VOCE_CHROMIUM || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** `<script src=".../widget.js" async data-site="…">`; keys are given without `data-` (e.g. `site`, `ticket`). */
export function widgetTag(stack: Stack, attrs: Record<string, string>): string {
  const data = Object.entries(attrs).map(([k, v]) => {
    const name = k.startsWith('data-') ? k : `data-${k}`;
    if (!/^data-[a-z0-9-]+$/.test(name)) throw new Error(`not a data attribute name: ${k}`);
    return ` ${name}="${escapeHtml(v)}"`;
  });
  return `<script src="${escapeHtml(stack.workerUrl)}/widget.js" async${data.join('')}></script>`;
}

/**
 * The first admin, as a person creates one: a setup code from the admin CLI, then the first-run form on
 * `page` (at `url`, by default the dashboard) until the overview shows.
 */
export async function createFirstAdmin(stack: Stack, page: Page, admin: { email: string; password: string }, url = `${stack.workerUrl}/dashboard/`): Promise<void> {
  let code = '';
  await run(['setup-code'], { persistTo: stack.persistTo }, (line) => (code = /[0-9A-Z]{4}(?:-[0-9A-Z]{4}){3}/.exec(line)?.[0] ?? code));
  await page.goto(url);
  await page.getByLabel('Setup code').fill(code);
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password', { exact: true }).fill(admin.password);
  await page.getByLabel('Confirm the password').fill(admin.password);
  await page.getByRole('button', { name: 'Create the admin account' }).click();
  await page.getByRole('heading', { name: 'Overview', level: 1 }).waitFor();
}
