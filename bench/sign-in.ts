// Bench section: what one sign-in costs the worker. A failed sign-in runs one PBKDF2-SHA256
// verification (100,000 iterations) in workerd; measured as the time of sequential sign-ins beside
// sequential no-work POSTs of the same worker, one at a time on an idle server, so the difference is
// the worker's own time for the hash (CPU: nothing else waits). Node's WebCrypto is shown beside it.
import { webcrypto } from 'node:crypto';
import { benchServer } from './server';

export interface SignInResult {
  /** Median ms of a failed sign-in and of the no-work POST, and their difference. */
  login: number;
  baseline: number;
  pbkdf2: number;
  /** The same derivation in this Node process, median ms. */
  node: number;
  samples: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function timed(n: number, once: (i: number) => Promise<void>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await once(i);
    out.push(performance.now() - t);
  }
  return out;
}

export async function benchSignIn(samples = 40): Promise<SignInResult> {
  const server = await benchServer('bench');
  try {
    await server.start();
    // A different unknown email and client each time: no lockout or per-client limit gets in the way,
    // and an unknown email is verified against a stand-in hash of the same cost.
    const post = (path: string, i: number, body: string) =>
      fetch(`${server.url}${path}`, { method: 'POST', headers: { 'CF-Connecting-IP': `10.9.${i >> 8}.${i & 255}` }, body }).then((r) => r.arrayBuffer());
    const login = (i: number) => post('/api/v1/auth/login', i, JSON.stringify({ email: `nobody${i}@bench.test`, password: 'not the password' })).then(() => {});
    const health = (i: number) => post('/api/v1/health', i, '{}').then(() => {});
    await timed(5, login);
    await timed(5, health);
    const logins = await timed(samples, (i) => login(i + 100));
    const baselines = await timed(samples, (i) => health(i + 100));
    const key = await webcrypto.subtle.importKey('raw', new TextEncoder().encode('not the password'), 'PBKDF2', false, ['deriveBits']);
    const salt = webcrypto.getRandomValues(new Uint8Array(16));
    const node = await timed(samples, () =>
      webcrypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 100_000 }, key, 256).then(() => {}),
    );
    const [l, b] = [median(logins), median(baselines)];
    return { login: l, baseline: b, pbkdf2: l - b, node: median(node), samples };
  } finally {
    await server.stop();
    server.dispose();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(await benchSignIn());
}
