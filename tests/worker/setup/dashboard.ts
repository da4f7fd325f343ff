// Signing in for worker tests: users made through the real routes, cookies and CSRF tokens carried along.
import { env, SELF } from 'cloudflare:test';
import { hashPassword } from '../../../shared/password';
import { anyClient } from './fixtures';

export const BASE = 'http://voce.test';

export interface Session {
  cookie: string;
  csrf: string;
}

export async function addUser(email: string, password: string, role: 'admin' | 'responder' | 'viewer'): Promise<void> {
  await env.DB.prepare('INSERT INTO users (id, email, password_hash, role, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(crypto.randomUUID(), email, await hashPassword(password), role, Date.now())
    .run();
}

export async function signIn(email: string, password: string): Promise<Session> {
  const res = await SELF.fetch(`${BASE}/api/v1/auth/login`, {
    method: 'POST',
    // Each sign-in from a client of its own: tests sign in often, the per-client limit is for attackers.
    headers: { 'Content-Type': 'application/json', Origin: BASE, 'CF-Connecting-IP': anyClient() },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const state = (await (await SELF.fetch(`${BASE}/api/v1/auth/state`, { headers: { Cookie: cookie } })).json()) as { csrf: string };
  return { cookie, csrf: state.csrf };
}

/**
 * What a request sends as `s` (or as nobody): its cookie and, on a write, its CSRF token and Origin;
 * `json` as a JSON body. Shared by call() here and the in-process call() of setup/probes.ts.
 */
export function asSession(s: Session | null, init: RequestInit & { json?: unknown } = {}): RequestInit {
  const headers: Record<string, string> = { ...(init.headers as Record<string, string>) };
  if (s) {
    headers.Cookie = s.cookie;
    if (init.method && init.method !== 'GET') {
      headers['X-CSRF-Token'] ??= s.csrf;
      headers.Origin ??= BASE;
    }
  }
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  return { ...init, headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body };
}

export function call(s: Session | null, path: string, init: RequestInit & { json?: unknown } = {}): Promise<Response> {
  return SELF.fetch(`${BASE}${path}`, asSession(s, init));
}
