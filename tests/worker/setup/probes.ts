// The machinery of the bad-input tests (bad-input-queries, bad-input-bodies): the data they run against,
// and a probe sent as anonymous, with a site API key and as an admin, with what was wrong with each answer.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { expect } from 'vitest';
import app from '../../../worker/src/index';
import { addUser, asSession, BASE, signIn, type Session } from './dashboard';
import { anyClient, createApiKey, createSite, snapshot } from './fixtures';

export const S = '/api/v1/sites/acme';
export const RANGE = 'from=2026-10-01&to=2026-10-10';
const T0 = Date.parse('2026-10-03T10:00:00Z');
export const UNHAPPY_ID = '7d1c1f62-3c1e-4a55-9b7e-0c0f5d6a1b01';

export const LONG_COMMENT =
  "L'operatore mi ha risolto il problema della fattura in pochi minuti, gentilissimo e preciso. " +
  'Ho apprezzato soprattutto la chiarezza con cui ha spiegato ogni passaggio della procedura di rimborso, ' +
  'senza fretta e senza termini tecnici inutili: tornerò sicuramente a chiedere aiuto a questo servizio.';
export const COMMENTS = [
  'Perfetto, grazie mille',
  '100% soddisfatto_davvero \\ "quoted" \'single\'',
  "Servizio eccellente \u{1F680}\u{1F389} con un po' di attesa",
  'Très bien, merci beaucoup',
  LONG_COMMENT,
];

/** Invisible format characters a person never means to type into an ID. */
export const FORMAT: [name: string, ch: string][] = [
  ['zero-width space', '\u200b'],
  ['zero-width non-joiner', '\u200c'],
  ['zero-width joiner', '\u200d'],
  ['word joiner', '\u2060'],
  ['byte-order mark', '\ufeff'],
  ['right-to-left override', '\u202e'],
  ['left-to-right isolate', '\u2066'],
  ['right-to-left mark', '\u200f'],
  ['Arabic letter mark', '\u061c'],
  ['line separator', '\u2028'],
  ['paragraph separator', '\u2029'],
];

export const enc = encodeURIComponent;
export const b64 = (s: string) => btoa(s).replace(/=+$/, '');

let admin: Session;
let key: string;

type Who = 'anonymous' | 'key' | 'admin';
const WHO: Who[] = ['anonymous', 'key', 'admin'];

export interface Probe {
  method?: string;
  /** "{token}" is replaced by a fresh email-link token on each request (tokens are rate-limited). */
  path: string;
  /** "{uuid}" in a body is replaced by a fresh UUID on each request (a response id is used once). */
  body?: string | Uint8Array;
  /** Content-Type; JSON when a body is given and this is not. `null`: none at all. */
  type?: string | null;
  headers?: Record<string, string>;
  /** The status the admin must get; the key gets the same (403 where only admins may write) unless `key` says. */
  admin?: number;
  key?: number;
  /** A field that a 400 must name in its issues. */
  issue?: string;
}

const ADMIN_ONLY = /^\/api\/v1\/(sites|users)$|\/(followups|settings|origins|keys|surveys|webhooks)\b/;
const keyExpects = (p: Probe) =>
  p.key ?? (p.admin !== undefined && (p.method ?? 'GET') !== 'GET' && ADMIN_ONLY.test(p.path.split('?')[0]!) ? 403 : p.admin);

/**
 * Like setup/dashboard's call(), but the worker is called in-process: SELF.fetch slows down request
 * by request over the hundreds of probes here (the pool's doing, not the worker's).
 */
export async function call(s: Session | null, path: string, init: RequestInit & { json?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const ctx = createExecutionContext();
  const headers = { 'CF-Connecting-IP': anyClient(), ...init.headers };
  const res = await app.fetch(new Request(`${BASE}${path}`, asSession(s, { ...init, headers })), env, ctx);
  // Read the body before the request's waitUntil work is awaited: the CSV export streams.
  const text = await res.arrayBuffer();
  await waitOnExecutionContext(ctx);
  return new Response(res.status === 204 || res.status === 304 ? null : text, { status: res.status, headers: res.headers });
}

async function send(who: Who, p: Probe): Promise<Response> {
  const method = p.method ?? 'GET';
  const headers: Record<string, string> = { ...p.headers };
  if (p.body !== undefined && p.type !== null) headers['Content-Type'] = p.type ?? 'application/json';
  if (who === 'key') headers.Authorization = `Bearer ${key}`;
  let path = p.path;
  if (path.includes('{token}')) path = path.replace('{token}', await mintToken());
  const body = typeof p.body === 'string' ? p.body.replaceAll('{uuid}', crypto.randomUUID()) : p.body;
  // Signing out ends the session it is sent with: give it one of its own.
  const session = who !== 'admin' ? null : path === '/api/v1/auth/logout' ? await signIn('boss@acme.test', 'a long password') : admin;
  return call(session, path, { method, headers, body, redirect: 'manual' });
}

async function mintToken(): Promise<string> {
  const res = await call(null, '/api/v1/links', {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}` },
    json: { ticket: `T-${crypto.randomUUID()}`, agent: 'mario' },
  });
  expect(res.status).toBe(201);
  return ((await res.json()) as { url: string }).url.split('/s/')[1]!;
}

/** Everything wrong with one answer, as a line each, so one failed probe tells the whole story. */
async function problemsOf(who: Who, p: Probe, before: string): Promise<{ problems: string[]; after: string }> {
  const res = await send(who, p);
  const text = await res.text();
  const where = `${who} ${p.method ?? 'GET'} ${p.path.slice(0, 120)} → ${res.status}`;
  const out: string[] = [];
  if (res.status >= 500) out.push(`${where}: ${text.slice(0, 300)}`);
  if (res.status >= 400 && p.path.startsWith('/api/')) {
    let json: { error?: { code?: unknown; message?: unknown } } | null = null;
    try {
      json = JSON.parse(text);
    } catch {
      /* reported below */
    }
    if (!/^application\/json/.test(res.headers.get('content-type') ?? '') || typeof json?.error?.code !== 'string' || typeof json.error.message !== 'string') {
      out.push(`${where}: not the JSON error shape: ${text.slice(0, 200)}`);
    }
    if (p.issue && res.status === 400) {
      const paths = ((json?.error as { issues?: { path: string }[] })?.issues ?? []).map((i) => i.path);
      if (!paths.includes(p.issue)) out.push(`${where}: no field issue "${p.issue}" (${JSON.stringify(paths)})`);
    }
  }
  const want = who === 'admin' ? p.admin : who === 'key' ? keyExpects(p) : undefined;
  if (want !== undefined && res.status !== want) out.push(`${where}: expected ${want}: ${text.slice(0, 200)}`);
  const after = await snapshot();
  if (res.status >= 400 && after !== before) out.push(`${where}: a refused request changed the stored responses`);
  return { problems: out, after };
}

/** A probe sent as each caller in turn: everything wrong with the answers, nothing when all is well. */
export async function problemsAsEveryone(p: Probe): Promise<string[]> {
  const problems: string[] = [];
  let stored = await snapshot();
  for (const who of WHO) {
    const r = await problemsOf(who, p, stored);
    problems.push(...r.problems);
    stored = r.after;
  }
  return problems;
}

/**
 * Sites acme and beta, an API key for acme, five comments and one unhappy answer on acme, and an admin
 * signed in. Each test file calls it in its own beforeAll (worker test files have storage of their own).
 */
export async function seed(): Promise<Session> {
  await createSite('acme');
  await createSite('beta');
  key = await createApiKey('acme');
  await env.DB.batch([
    ...COMMENTS.map((comment, i) =>
      env.DB.prepare(
        `INSERT INTO responses (id, site_id, survey_id, ticket, nps, comment, lang, source, agent, channel, customer, created_at, updated_at)
         VALUES (?1, 'acme', 'support', ?2, 9, ?3, 'it', 'widget', 'mario', 'chat', 'c-1', ?4, ?4)`,
      ).bind(crypto.randomUUID(), `T-${i}`, comment, T0 + i),
    ),
    env.DB.prepare(
      `INSERT INTO responses (id, site_id, survey_id, ticket, nps, lang, source, agent, channel, created_at, updated_at)
       VALUES (?1, 'acme', 'support', 'T-sad', 2, 'it', 'widget', 'luca', 'chat', ?2, ?2)`,
    ).bind(UNHAPPY_ID, T0 + 100),
  ]);
  await addUser('boss@acme.test', 'a long password', 'admin');
  admin = await signIn('boss@acme.test', 'a long password');
  return admin;
}
