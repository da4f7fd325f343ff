// A webhook receiver for worker tests (fetchMock at HOOK/voce: what it was sent, and the statuses it
// answers with in turn), endpoints written straight to D1, the outbox as stored, and the Standard
// Webhooks reference signature written out here, not taken from the worker's code.
import { env, fetchMock } from 'cloudflare:test';
import { beforeAll, beforeEach } from 'vitest';

export const HOOK = 'https://hooks.example.test';
export const SECRET = `whsec_${btoa(String.fromCharCode(...new Uint8Array(32).map((_, i) => i + 1)))}`;

export interface Received {
  headers: Record<string, string>;
  body: string;
}

/** What the receiver got, and the statuses it answers with next (200 once they run out). */
export const receiver = { received: [] as Received[], answers: [] as number[] };

/** The receiver for every test of a file (no other outbound fetch gets through), then `setup` before each test. */
export function useReceiver(setup: () => Promise<void>): void {
  beforeAll(() => {
    fetchMock.activate();
    fetchMock.disableNetConnect();
  });
  beforeEach(async () => {
    installReceiver();
    await setup();
  });
}

function installReceiver(): void {
  receiver.received = [];
  receiver.answers = [];
  fetchMock
    .get(HOOK)
    .intercept({ path: '/voce', method: 'POST' })
    .reply((req) => {
      const headers = Object.fromEntries(Object.entries(req.headers as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
      receiver.received.push({ headers, body: String(req.body) });
      return { statusCode: receiver.answers.shift() ?? 200, data: 'ok' };
    })
    .persist();
}

/** The Standard Webhooks reference: base64(HMAC-SHA256(base64decode(secret without whsec_), "id.ts.body")). */
export async function expectedSignature(id: string, timestamp: string, body: string, secret = SECRET): Promise<string> {
  const raw = Uint8Array.from(atob(secret.slice(6)), (c) => c.charCodeAt(0));
  const key = await crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`)));
  return `v1,${btoa(String.fromCharCode(...mac))}`;
}

export interface EndpointOptions {
  id?: string;
  format?: 'standard' | 'slack' | 'teams';
  site?: string;
  filter?: { survey?: string; agent?: string; channel?: string };
  createdAt?: number;
}

export async function addEndpoint(events: string[], o: EndpointOptions = {}): Promise<void> {
  await env.DB.prepare(
    `INSERT INTO webhook_endpoints (id, site_id, url, events, format, secret, survey_id, agent, channel, created_at)
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
  )
    .bind(o.id ?? 'ep_test', o.site ?? 'acme', `${HOOK}/voce`, JSON.stringify(events), o.format ?? 'standard', SECRET,
      o.filter?.survey ?? null, o.filter?.agent ?? null, o.filter?.channel ?? null, o.createdAt ?? Date.now())
    .run();
}

export const outbox = () =>
  env.DB.prepare('SELECT * FROM webhook_outbox ORDER BY created_at, event, subject').all<Record<string, unknown>>().then((r) => r.results);

export async function until(check: () => Promise<boolean>, ms = 5000): Promise<void> {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}
