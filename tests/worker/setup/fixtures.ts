// Test data written straight to D1: a site with one allowed origin and surveys to answer.
import { env, SELF } from 'cloudflare:test';
import { hashApiKey, keyPrefix, newApiKey } from '../../../shared/keys';

export const ORIGIN = 'https://support.acme.test';
export const FOREIGN = 'https://evil.example';

export async function createSite(id = 'acme', origins = [ORIGIN]): Promise<void> {
  const now = Date.now();
  const full = { questions: [{ kind: 'nps' }, { kind: 'csat' }, { kind: 'ces' }], defaultLang: 'en', text: {} };
  const npsOnly = { questions: [{ kind: 'nps' }], defaultLang: 'it', text: {} };
  await env.DB.batch([
    env.DB.prepare('INSERT INTO sites (id, name, created_at) VALUES (?1, ?2, ?3)').bind(id, `Site ${id}`, now),
    ...origins.map((o) => env.DB.prepare('INSERT INTO site_origins (site_id, origin) VALUES (?1, ?2)').bind(id, o)),
    env.DB.prepare('INSERT INTO surveys (site_id, id, definition, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)').bind(
      id,
      'support',
      JSON.stringify(full),
      now,
    ),
    env.DB.prepare('INSERT INTO surveys (site_id, id, definition, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)').bind(
      id,
      'nps-only',
      JSON.stringify(npsOnly),
      now,
    ),
  ]);
}

export function responseBody(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: crypto.randomUUID(),
    site: 'acme',
    survey: 'support',
    ticket: 'T-1042',
    answers: { nps: 9 },
    lang: 'it',
    meta: { agent: 'mario', channel: 'chat' },
    ...overrides,
  };
}

/** A client address of its own for each call, so tests that post a lot never meet the per-client flood limit. */
export const anyClient = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;

export function post(body: unknown, init: { origin?: string | null; contentType?: string } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': init.contentType ?? 'application/json', 'CF-Connecting-IP': anyClient() };
  const origin = init.origin === undefined ? ORIGIN : init.origin;
  if (origin) headers.Origin = origin;
  return SELF.fetch('https://voce.test/api/v1/responses', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export async function countResponses(): Promise<number> {
  const row = await env.DB.prepare('SELECT count(*) AS n FROM responses').first<{ n: number }>();
  return row!.n;
}

/** Every stored response, to prove a refused request changed nothing. */
export async function snapshot(): Promise<string> {
  const { results } = await env.DB.prepare('SELECT * FROM responses ORDER BY id').all();
  return JSON.stringify(results);
}

/** A new API key for the site, stored hashed as `npm run admin -- key create` stores it. */
export async function createApiKey(site = 'acme'): Promise<string> {
  const key = newApiKey();
  await env.DB.prepare('INSERT INTO api_keys (id, site_id, key_hash, prefix, created_at) VALUES (?1, ?2, ?3, ?4, ?5)')
    .bind(crypto.randomUUID(), site, await hashApiKey(key), keyPrefix(key), Date.now())
    .run();
  return key;
}
