// `npm start` as an operator runs it, for the e2e tests: one process group (npm, tsx, wrangler,
// workerd) on a port and a persist dir of the test's own, stopped politely or killed outright.
import { spawn, type ChildProcess } from 'node:child_process';
import { ROOT, wranglerEnv } from '../../scripts/lib/wrangler';

export interface NpmStart {
  child: ChildProcess;
  output: () => string;
  ready: Promise<void>;
}

export function npmStart(port: number, persistTo: string): NpmStart {
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...wranglerEnv, PORT: String(port), VOCE_PERSIST_TO: persistTo },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setInterval(() => {
      if (out.includes('Voce is running')) {
        clearInterval(timer);
        resolve();
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`npm start exited with ${child.exitCode}:\n${out}`));
      }
    }, 200);
  });
  return { child, output: () => out, ready };
}

export function signal(child: ChildProcess, sig: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, sig); // the whole group: npm, tsx, wrangler and workerd
  } catch {
    /* already gone */
  }
}

/** SIGTERM, up to 10 s to exit, then SIGKILL for whatever is left of the group. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    signal(child, 'SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
  }
  signal(child, 'SIGKILL');
}
