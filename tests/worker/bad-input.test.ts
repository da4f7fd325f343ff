// Issue #10, SPEC.md "A request never gets a 500 for anything it sent": every route of the worker
// driven with odd input as anonymous, with a site API key and as a signed-in admin. Each answer is
// below 500, a 4xx on /api speaks the one JSON error shape, and a refused request stores nothing.
import { createExecutionContext, env, waitOnExecutionContext } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Breakdown, ResponsePage } from '../../shared/api';
import app from '../../worker/src/index';
import { addUser, BASE, signIn, type Session } from './setup/dashboard';
import { createApiKey, createSite, ORIGIN, responseBody, snapshot } from './setup/fixtures';

const S = '/api/v1/sites/acme';
const RANGE = 'from=2026-10-01&to=2026-10-10';
const T0 = Date.parse('2026-10-03T10:00:00Z');
const UNHAPPY_ID = '7d1c1f62-3c1e-4a55-9b7e-0c0f5d6a1b01';

const LONG_COMMENT =
  "L'operatore mi ha risolto il problema della fattura in pochi minuti, gentilissimo e preciso. " +
  'Ho apprezzato soprattutto la chiarezza con cui ha spiegato ogni passaggio della procedura di rimborso, ' +
  'senza fretta e senza termini tecnici inutili: tornerò sicuramente a chiedere aiuto a questo servizio.';
const COMMENTS = [
  'Perfetto, grazie mille',
  '100% soddisfatto_davvero \\ "quoted" \'single\'',
  "Servizio eccellente \u{1F680}\u{1F389} con un po' di attesa",
  'Très bien, merci beaucoup',
  LONG_COMMENT,
];

/** Invisible format characters a person never means to type into an ID. */
const FORMAT: [name: string, ch: string][] = [
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

const enc = encodeURIComponent;
const b64 = (s: string) => btoa(s).replace(/=+$/, '');
const octet = () => Math.floor(Math.random() * 256);
const clientIp = () => `10.${octet()}.${octet()}.${octet()}`;

let admin: Session;
let key: string;

type Who = 'anonymous' | 'key' | 'admin';
const WHO: Who[] = ['anonymous', 'key', 'admin'];

interface Probe {
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

const ADMIN_ONLY = /^\/api\/v1\/(sites|users)$|\/(followups|settings|origins|keys|surveys)\b/;
const keyExpects = (p: Probe) =>
  p.key ?? (p.admin !== undefined && (p.method ?? 'GET') !== 'GET' && ADMIN_ONLY.test(p.path.split('?')[0]!) ? 403 : p.admin);

/**
 * Like setup/dashboard's call(), but the worker is called in-process: SELF.fetch slows down request
 * by request over the hundreds of probes here (the pool's doing, not the worker's).
 */
async function call(s: Session | null, path: string, init: RequestInit & { json?: unknown; headers?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'CF-Connecting-IP': clientIp(), ...init.headers };
  if (s) {
    headers.Cookie = s.cookie;
    if (init.method && init.method !== 'GET') {
      headers['X-CSRF-Token'] ??= s.csrf;
      headers.Origin ??= BASE;
    }
  }
  if (init.json !== undefined) headers['Content-Type'] = 'application/json';
  const body = init.json !== undefined ? JSON.stringify(init.json) : init.body;
  const ctx = createExecutionContext();
  const res = await app.fetch(new Request(`${BASE}${path}`, { ...init, headers, body }), env, ctx);
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

beforeAll(async () => {
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
});

// ---------------------------------------------------------------------------------------------
// The probes: one table per kind of odd input.

const READS = ['summary', 'trend', 'breakdown?by=agent', 'responses', 'export.csv'];
const readPath = (route: string, query: string) => `${S}/${route}${route.includes('?') ? '&' : '?'}${query}`;

const IMPOSSIBLE_DAYS = ['2026-02-31', '2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '2026-01-32'];

// Every impossible day and format character on the comment list; three of each on the other reads.
const daysFor = (route: string) => (route === 'responses' ? IMPOSSIBLE_DAYS : ['2026-02-31', '2025-02-29', '2026-13-01']);
const formatFor = (route: string) => (route === 'responses' ? FORMAT : FORMAT.filter(([, ch]) => '\u200b\u202e\ufeff'.includes(ch)));

const queryProbes: [string, Probe][] = READS.flatMap((route) => [
  ...daysFor(route).flatMap((d): [string, Probe][] => [
    [`${route} from=${d}`, { path: readPath(route, `from=${d}&to=2026-10-10`), admin: 400, issue: 'from' }],
    [`${route} to=${d}`, { path: readPath(route, `from=2025-01-01&to=${d}`), admin: 400, issue: 'to' }],
  ]),
  [`${route} from after to`, { path: readPath(route, 'from=2026-10-10&to=2026-10-01'), admin: 400, issue: 'from' }],
  [`${route} ten thousand years`, { path: readPath(route, 'from=0000-01-01&to=9999-12-31'), admin: 400 }],
  [`${route} the last day of 9999`, { path: readPath(route, 'from=9999-12-31&to=9999-12-31'), admin: 200 }],
  [`${route} January of year 0`, { path: readPath(route, 'from=0000-01-01&to=0000-01-31'), admin: 200 }],
  [`${route} empty from`, { path: readPath(route, 'from='), admin: 400, issue: 'from' }],
  [`${route} from twice`, { path: readPath(route, 'from=2026-10-01&from=2026-02-31&to=2026-10-10') }],
  [`${route} from as an array`, { path: readPath(route, 'from[]=2026-10-01&from[0]=x') }],
  [`${route} survey not a slug`, { path: readPath(route, 'survey=../support'), admin: 400, issue: 'survey' }],
  [`${route} unknown survey`, { path: readPath(route, `${RANGE}&survey=nothing`), admin: 200 }],
  [`${route} source fax`, { path: readPath(route, 'source=fax'), admin: 400, issue: 'source' }],
  ...['', 'x', '!!', 'en-', 'a'.repeat(36), '%00', 'e%CC%81n', '%E0%A4%A', 'zh-Hant-TW-x-private'].map((lang): [string, Probe] => [
    `${route} lang=${lang.slice(0, 12)}`,
    { path: readPath(route, `lang=${lang}`) },
  ]),
  [`${route} lang=EN-gb`, { path: readPath(route, 'lang=EN-gb'), admin: 200 }],
  ...(['agent', 'channel'] as const).flatMap((field) => [
    ...formatFor(route).map(([name, ch]): [string, Probe] => [
      `${route} ${field} with a ${name}`,
      { path: readPath(route, `${field}=${enc(`mario${ch}`)}`), admin: 400, issue: field },
    ]),
    [`${route} ${field} of 200 characters`, { path: readPath(route, `${field}=${'x'.repeat(200)}`), admin: 400, issue: field }],
    [`${route} ${field} NUL`, { path: readPath(route, `${field}=%00`), admin: 400, issue: field }],
    [`${route} ${field} malformed percent-encoding`, { path: readPath(route, `${field}=%E0%A4%A`) }],
    [`${route} ${field} empty`, { path: readPath(route, `${field}=`) }],
  ] as [string, Probe][]),
  [`${route} unknown parameters`, { path: readPath(route, `${RANGE}&foo=bar&__proto__=x&constructor=1&toString=2&hasOwnProperty=3`), admin: 200 }],
  [`${route} malformed percent-encoding in a name`, { path: readPath(route, '%E0%A4%A=1&%%%=2') }],
]);

const listProbes: [string, Probe][] = [
  ['trend interval=year', { path: `${S}/trend?interval=year`, admin: 400, issue: 'interval' }],
  ['trend interval empty', { path: `${S}/trend?interval=`, admin: 400, issue: 'interval' }],
  ['trend by day over three years', { path: `${S}/trend?from=2023-10-11&to=2026-10-10&interval=day`, admin: 200 }],
  ['breakdown without by', { path: `${S}/breakdown`, admin: 400, issue: 'by' }],
  ['breakdown by customer', { path: `${S}/breakdown?by=customer`, admin: 400, issue: 'by' }],
  ...['-1', '0', '201', '999999999999999999999', '1e3', '1.5', 'NaN', '%205', 'Infinity'].map((n): [string, Probe] => [
    `responses limit=${n}`,
    { path: `${S}/responses?limit=${n}`, admin: 400, issue: 'limit' },
  ]),
  ['responses limit=007', { path: `${S}/responses?${RANGE}&limit=007`, admin: 200 }],
  ['responses category=__proto__', { path: `${S}/responses?category=__proto__`, admin: 400, issue: 'category' }],
  ['responses withComment=true', { path: `${S}/responses?withComment=true`, admin: 400, issue: 'withComment' }],
  // Search: D1 refuses a LIKE pattern over 50 bytes, so any longer text used to be a 500.
  ['responses q of 49 characters', { path: `${S}/responses?${RANGE}&q=${'a'.repeat(49)}`, admin: 200 }],
  ['responses q of 25 two-byte letters (50 bytes)', { path: `${S}/responses?${RANGE}&q=${enc('é'.repeat(25))}`, admin: 200 }],
  ['responses q of 200 characters', { path: `${S}/responses?${RANGE}&q=${'a'.repeat(200)}`, admin: 200 }],
  ['responses q of 200 "%"', { path: `${S}/responses?${RANGE}&q=${'%25'.repeat(200)}`, admin: 200 }],
  ['responses q of 100 emoji', { path: `${S}/responses?${RANGE}&q=${enc('\u{1F680}'.repeat(100))}`, admin: 200 }],
  ['responses q of 201 characters', { path: `${S}/responses?${RANGE}&q=${'a'.repeat(201)}`, admin: 400, issue: 'q' }],
  ['responses q with %_\\\'"', { path: `${S}/responses?${RANGE}&q=${enc('%_\\\'"')}`, admin: 200 }],
  ['responses q with NUL', { path: `${S}/responses?${RANGE}&q=%00`, admin: 200 }],
  ['responses q with a lone surrogate', { path: `${S}/responses?${RANGE}&q=%ED%A0%80` }],
  ['responses q malformed percent-encoding', { path: `${S}/responses?${RANGE}&q=%E0%A4%A` }],
  ...[
    ['%%%', '%%%'],
    ['random base64', b64(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(30))))],
    ['MTIz ("123")', 'MTIz'],
    ['"." alone', b64('.')],
    ['a negative time', b64('-1.x')],
    ['a time of 148 digits', b64(`${'9'.repeat(148)}.x`)],
    ['base64 padding only', '===='],
    ['201 characters', 'A'.repeat(201)],
    ['non-ASCII', enc('é漢\u{1F680}')],
  ].flatMap(([name, cursor]): [string, Probe][] => [
    [`responses cursor ${name}`, { path: `${S}/responses?${RANGE}&cursor=${cursor}` }],
    [`followups cursor ${name}`, { path: `${S}/followups?cursor=${cursor}` }],
  ]),
  ['responses a valid cursor of another shape', { path: `${S}/responses?${RANGE}&cursor=${b64('1.x.y')}`, admin: 200 }],
  ['followups status=closed', { path: `${S}/followups?status=closed`, admin: 400, issue: 'status' }],
];

const LONG = 'x'.repeat(5000);
const pathProbes: [string, Probe][] = [
  ...['GET', 'DELETE'].flatMap((method): [string, Probe][] => [
    [`${method} ticket malformed percent-encoding`, { method, path: `${S}/tickets/%E0%A4%A` }],
    [`${method} ticket %00`, { method, path: `${S}/tickets/%00`, admin: 400, issue: method === 'GET' ? 'ticket' : 'value' }],
    [`${method} ticket of 129 characters`, { method, path: `${S}/tickets/${'x'.repeat(129)}`, admin: 400 }],
    [`${method} ticket of 5000 characters`, { method, path: `${S}/tickets/${LONG}`, admin: 400 }],
    [`${method} ticket %2F inside`, { method, path: `${S}/tickets/a%2Fb`, admin: 200 }],
    [`${method} ticket of spaces`, { method, path: `${S}/tickets/%20%20`, admin: 400 }],
    ...FORMAT.map(([name, ch]): [string, Probe] => [
      `${method} ticket with a ${name}`,
      { method, path: `${S}/tickets/${enc(`T-1${ch}`)}`, admin: 400, issue: method === 'GET' ? 'ticket' : 'value' },
    ]),
  ]),
  ['DELETE customer malformed percent-encoding', { method: 'DELETE', path: `${S}/customers/%E0%A4%A` }],
  ['DELETE customer %00', { method: 'DELETE', path: `${S}/customers/%00`, admin: 400, issue: 'value' }],
  ['DELETE customer of 5000 characters', { method: 'DELETE', path: `${S}/customers/${LONG}`, admin: 400 }],
  ...FORMAT.map(([name, ch]): [string, Probe] => [
    `DELETE customer with a ${name}`,
    { method: 'DELETE', path: `${S}/customers/${enc(`c-1${ch}`)}`, admin: 400, issue: 'value' },
  ]),
  ['site malformed percent-encoding', { path: '/api/v1/sites/%E0%A4%A/summary', admin: 404 }],
  ['site %00', { path: '/api/v1/sites/%00/summary', admin: 404 }],
  ['site of 5000 characters', { path: `/api/v1/sites/${LONG}/summary`, admin: 404 }],
  ['site in capitals', { path: '/api/v1/sites/ACME/summary', admin: 404 }],
  ['site of another key', { path: '/api/v1/sites/beta/summary', admin: 200, key: 403 }],
  ['PATCH follow-up malformed percent-encoding', { method: 'PATCH', path: `${S}/followups/%E0%A4%A`, body: '{"status":"contacted"}' }],
  ['PATCH follow-up of 5000 characters', { method: 'PATCH', path: `${S}/followups/${LONG}`, body: '{"status":"contacted"}', admin: 404 }],
  ['PATCH follow-up %00', { method: 'PATCH', path: `${S}/followups/%00`, body: '{"status":"contacted"}', admin: 404 }],
  ['DELETE key malformed percent-encoding', { method: 'DELETE', path: `${S}/keys/%E0%A4%A`, admin: 404 }],
  ['DELETE key of 5000 characters', { method: 'DELETE', path: `${S}/keys/${LONG}`, admin: 404 }],
  ['PUT survey malformed percent-encoding', { method: 'PUT', path: `${S}/surveys/%E0%A4%A`, body: '{"questions":[{"kind":"nps"}]}', admin: 400 }],
  ['PUT survey of 5000 characters', { method: 'PUT', path: `${S}/surveys/${LONG}`, body: '{"questions":[{"kind":"nps"}]}', admin: 400 }],
  ['survey definition malformed percent-encoding', { path: '/api/v1/surveys/acme/%E0%A4%A', admin: 400 }],
  ['survey definition %00', { path: '/api/v1/surveys/%00/support', admin: 400 }],
  ['survey definition of 5000 characters', { path: `/api/v1/surveys/acme/${LONG}`, admin: 400 }],
  ['survey definition of an unknown survey', { path: '/api/v1/surveys/acme/nothing', admin: 404 }],
  ...['', 'x', '!!', 'a'.repeat(36), '%00', '%E0%A4%A', 'zh-Hant-TW', '__proto__', 'e%CC%81n'].map((lang): [string, Probe] => [
    `survey definition lang=${lang.slice(0, 12)}`,
    { path: `/api/v1/surveys/acme/support?lang=${lang}&foo=1` },
  ]),
  ['survey definition with an odd Accept-Language', { path: '/api/v1/surveys/acme/support', headers: { 'Accept-Language': ';;,,q=,*-*;q=x, x-klingon' }, admin: 200 }],
  ['survey definition from the origin "null"', { path: '/api/v1/surveys/acme/support', headers: { Origin: 'null' }, admin: 403 }],
  ['unknown endpoint', { path: '/api/v1/nothing', admin: 404 }],
  ['unknown endpoint with malformed percent-encoding', { path: '/api/v1/%E0%A4%A', admin: 404 }],
  ['a method no route takes', { method: 'PUT', path: '/api/v1/responses', body: '{}', admin: 404 }],
  ['OPTIONS from the origin "null"', { method: 'OPTIONS', path: '/api/v1/responses', headers: { Origin: 'null' }, admin: 403 }],
  ['OPTIONS from a malformed origin', { method: 'OPTIONS', path: '/api/v1/responses', headers: { Origin: '%%%' }, admin: 403 }],
  ['a session cookie with malformed percent-encoding', { path: `${S}/summary`, headers: { Cookie: 'voce_session=%E0%A4%A' }, admin: 200 }],
  // (The key caller sends its own key in place of these.)
  ['a Bearer header without a key', { path: `${S}/summary`, headers: { Authorization: 'Bearer' }, admin: 401, key: 200 }],
  ['a Basic Authorization header', { path: `${S}/summary`, headers: { Authorization: 'Basic YTpi' }, admin: 401, key: 200 }],
  ['an over-long key', { path: `${S}/summary`, headers: { Authorization: `Bearer ${'k'.repeat(300)}` }, admin: 401, key: 200 }],
  // Email survey pages: HTML, not JSON, but never a 500 either.
  ['survey page malformed percent-encoding', { path: '/s/%E0%A4%A' }],
  ['survey page token %00', { path: '/s/%00' }],
  ['survey page token of 3000 characters', { path: `/s/${'x'.repeat(3000)}.y`, admin: 403 }],
  ['survey page token of JSON that is not claims', { path: `/s/${b64('{"s":1}').replace(/\+/g, '-').replace(/\//g, '_')}.${'A'.repeat(43)}`, admin: 403 }],
  ['survey page token of random bytes', { path: `/s/${'A'.repeat(20)}.${'B'.repeat(43)}`, admin: 403 }],
  ['template link malformed percent-encoding', { path: '/s/acme/%E0%A4%A', admin: 404 }],
  ['template link %00', { path: '/s/acme/%00', admin: 404 }],
  ['template link of a site of 5000 characters', { path: `/s/${LONG}/T-1`, admin: 404 }],
  ['survey page with odd score and lang', { path: '/s/{token}?score=1e400&lang=%E0%A4%A&sent=%00', admin: 200 }],
  ['survey page with score=-0 and lang of 36 characters', { path: `/s/{token}?score=-0&lang=${'a'.repeat(36)}`, admin: 200 }],
];

/** Bodies that are not the JSON object a write route reads. */
const NOT_OBJECTS: [string, string | Uint8Array, string?][] = [
  ['invalid JSON', '{"a": '],
  ['an empty body', ''],
  ['whitespace', ' \n\t '],
  ['null', 'null'],
  ['an array', '[]'],
  ['an array of an object', '[{}]'],
  ['a string', '"hello"'],
  ['a number', '42'],
  ['a huge number', '1e400'],
  ['true', 'true'],
  ['a byte-order mark before JSON', '\ufeff{}'],
  ['bytes that are not UTF-8', new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d])],
  ['deeply nested arrays', '['.repeat(10_000)],
  ['__proto__', '{"__proto__": {"admin": true}}'],
  ['form-encoded data', 'a=1&b=2', 'application/x-www-form-urlencoded'],
  ['multipart without a boundary', '--x\r\n', 'multipart/form-data'],
  ['JSON declared as text/plain', '{}', 'text/plain'],
  ['JSON declared as UTF-16', '{}', 'application/json; charset=utf-16'],
];

const WRITES: [method: string, path: string][] = [
  ['POST', '/api/v1/responses'],
  ['POST', '/api/v1/links'],
  ['POST', '/api/v1/auth/setup'],
  ['POST', '/api/v1/auth/login'],
  ['POST', '/api/v1/auth/logout'],
  ['POST', '/api/v1/sites'],
  ['POST', '/api/v1/users'],
  ['PATCH', `${S}/followups/${UNHAPPY_ID}`],
  ['PATCH', `${S}/settings`],
  ['POST', `${S}/origins`],
  ['PUT', `${S}/surveys/spare`],
  ['POST', '/api/v1/health'],
];

const bodyProbes: [string, Probe][] = [
  ...WRITES.flatMap(([method, path]) =>
    NOT_OBJECTS.map(([name, body, type]): [string, Probe] => [`${method} ${path.replace(S, '…')} ${name}`, { method, path, body, type }]),
  ),
  ...NOT_OBJECTS.map(([name, body, type]): [string, Probe] => [`POST …/keys ${name}`, { method: 'POST', path: `${S}/keys`, body, type }]),
  ['POST /api/v1/responses without Content-Type', { method: 'POST', path: '/api/v1/responses', body: '{', type: null }],
];

const response = (over: Record<string, unknown>) => JSON.stringify(responseBody({ id: '{uuid}', ...over }));
const collect = (name: string, body: string, admin?: number, issue?: string): [string, Probe] => [
  `POST /api/v1/responses ${name}`,
  { method: 'POST', path: '/api/v1/responses', body, headers: { Origin: ORIGIN }, admin, key: admin, issue },
];

const fieldProbes: [string, Probe][] = [
  ...FORMAT.flatMap(([name, ch]) => [
    collect(`ticket with a ${name}`, response({ ticket: `T-1${ch}` }), 400, 'ticket'),
    collect(`agent with a ${name}`, response({ meta: { agent: `${ch}mario` } }), 400, 'meta.agent'),
    collect(`channel with a ${name}`, response({ meta: { channel: `chat${ch}` } }), 400, 'meta.channel'),
    collect(`customer with a ${name}`, response({ meta: { customer: `c${ch}9` } }), 400, 'meta.customer'),
  ]),
  collect('a comment with a zero-width joiner emoji', response({ answers: { nps: 9, comment: 'Grazie \u{1F468}\u200d\u{1F469}\u200d\u{1F467}' } }), 201),
  collect('NPS 1e308', response({ answers: { nps: 1e308 } }), 400, 'answers.nps'),
  collect('NPS -1e308', response({ answers: { nps: -1e308 } }), 400, 'answers.nps'),
  collect('NPS -0', response({ answers: { nps: -0 } }), 201),
  collect('answers null', response({ answers: null }), 400, 'answers'),
  collect('answers a string', response({ answers: 'nps=9' }), 400, 'answers'),
  collect('meta an array', response({ meta: ['mario'] }), 400, 'meta'),
  collect('meta null', response({ meta: null }), 400, 'meta'),
  collect('aspects null', response({ answers: { ces: 2, aspects: null } }), 400, 'answers.aspects'),
  collect('aspects named __proto__', response({ answers: { ces: 2 } }).replace('"ces":2', '"ces":2,"aspects":{"__proto__":3}'), 400),
  collect('a page URL of javascript:', response({ meta: { url: 'javascript:alert(1)' } })),
  collect('lang x-klingon', response({ lang: 'x-klingon' }), 400, 'lang'),
  collect('lang of 36 characters', response({ lang: 'en-' + 'a'.repeat(33) }), 400, 'lang'),
  collect('lang EN-gb', response({ lang: 'EN-gb' }), 201),
  collect('lang as an array', response({ lang: ['it'] }), 400, 'lang'),
  collect('an unknown top-level field', response({ extra: { deep: [1, 2, 3] } }), 201),
  ...(
    [
      ['ticket with a zero-width space', { ticket: 'T-1\u200b' }, 'ticket'],
      ['agent with a right-to-left override', { ticket: 'T-1', agent: '\u202emario' }, 'agent'],
      ['channel with a byte-order mark', { ticket: 'T-1', channel: '\ufeffchat' }, 'channel'],
      ['customer with a word joiner', { ticket: 'T-1', customer: 'c\u20609' }, 'customer'],
      ['expiresInDays 1e308', { ticket: 'T-1', expiresInDays: 1e308 }, 'expiresInDays'],
      ['expiresInDays -5', { ticket: 'T-1', expiresInDays: -5 }, 'expiresInDays'],
      ['expiresInDays "30"', { ticket: 'T-1', expiresInDays: '30' }, 'expiresInDays'],
      ['ticket null', { ticket: null }, 'ticket'],
      ['ticket an array', { ticket: ['T-1'] }, 'ticket'],
      ['survey not a slug', { ticket: 'T-1', survey: '../x' }, 'survey'],
      ['lang x', { ticket: 'T-1', lang: 'x' }, 'lang'],
    ] as const
  ).map(([name, body, issue]): [string, Probe] => [
    `POST /api/v1/links ${name}`,
    { method: 'POST', path: '/api/v1/links', body: JSON.stringify(body), key: 400, issue },
  ]),
  ...(
    [
      ['email an array', { email: ['a@b.test'], password: 'x' }],
      ['password an object', { email: 'a@b.test', password: {} }],
      ['password of 1025 characters', { email: 'a@b.test', password: 'x'.repeat(1025) }],
      ['email with a zero-width space', { email: 'boss\u200b@acme.test', password: 'a long password' }],
    ] as const
  ).flatMap(([name, body]): [string, Probe][] => [
    [`POST /api/v1/auth/login ${name}`, { method: 'POST', path: '/api/v1/auth/login', body: JSON.stringify(body), admin: 400 }],
    [`POST /api/v1/auth/setup ${name}`, { method: 'POST', path: '/api/v1/auth/setup', body: JSON.stringify(body), admin: 400 }],
  ]),
  ...(
    [
      ['status done', { status: 'done' }, 'status'],
      ['owner with a zero-width space', { owner: '\u200b' }, 'owner'],
      ['owner with a right-to-left override', { owner: 'Giulia\u202e' }, 'owner'],
      ['owner empty', { owner: '' }, 'owner'],
      ['note a number', { note: 5 }, 'note'],
      ['note of 2001 characters', { note: 'x'.repeat(2001) }, 'note'],
    ] as const
  ).map(([name, body, issue]): [string, Probe] => [
    `PATCH follow-up ${name}`,
    { method: 'PATCH', path: `${S}/followups/${UNHAPPY_ID}`, body: JSON.stringify(body), admin: 400, issue },
  ]),
  ...(
    [
      ['minDaysBetweenSurveys 1e308', { minDaysBetweenSurveys: 1e308 }, 'minDaysBetweenSurveys'],
      ['minDaysBetweenSurveys -1', { minDaysBetweenSurveys: -1 }, 'minDaysBetweenSurveys'],
      ['minDaysBetweenSurveys "3"', { minDaysBetweenSurveys: '3' }, 'minDaysBetweenSurveys'],
      // (valibot's object takes an array, so the issue is its missing "enabled": still a 400.)
      ['templateLinks an array', { templateLinks: [] }, 'templateLinks.enabled'],
      ['templateLinks null', { templateLinks: null }, 'templateLinks'],
      ['a ticket pattern that is not a regular expression', { templateLinks: { enabled: true, ticketPattern: '(' } }, 'templateLinks.ticketPattern'],
    ] as const
  ).map(([name, body, issue]): [string, Probe] => [
    `PATCH settings ${name}`,
    { method: 'PATCH', path: `${S}/settings`, body: JSON.stringify(body), admin: 400, issue },
  ]),
  ...['', 'javascript:alert(1)', 'https://x.test/path', `https://${'a'.repeat(300)}.test`, 'https://exa mple.test'].map((origin): [string, Probe] => [
    `POST origins ${origin.slice(0, 20)}`,
    { method: 'POST', path: `${S}/origins`, body: JSON.stringify({ origin }), admin: 400, issue: 'origin' },
  ]),
  ...['', '%%%', 'javascript:alert(1)', '%E0%A4%A'].map((origin): [string, Probe] => [
    `DELETE origins ?origin=${origin}`,
    { method: 'DELETE', path: `${S}/origins?origin=${origin}`, admin: 400 },
  ]),
  ['DELETE origins without ?origin', { method: 'DELETE', path: `${S}/origins`, admin: 400 }],
  ['POST keys label with a zero-width space', { method: 'POST', path: `${S}/keys`, body: '{"label":"ci\\u200b"}', admin: 400, issue: 'label' }],
  ['POST keys label an array', { method: 'POST', path: `${S}/keys`, body: '{"label":[]}', admin: 400, issue: 'label' }],
  ...(
    [
      ['questions a string', { questions: 'nps' }],
      ['no questions', { questions: [] }],
      ['aspects a string', { questions: [{ kind: 'ces', aspects: 'x' }] }],
      ['an empty title', { questions: [{ kind: 'nps' }], text: { it: { title: '' } } }],
      ['defaultLang x', { questions: [{ kind: 'nps' }], defaultLang: 'x' }],
    ] as const
  ).map(([name, body]): [string, Probe] => [
    `PUT survey ${name}`,
    { method: 'PUT', path: `${S}/surveys/spare`, body: JSON.stringify(body), admin: 400 },
  ]),
  // valibot's record skips a "__proto__" key: the text is stored empty, nothing worse.
  ['PUT survey text under __proto__', { method: 'PUT', path: `${S}/surveys/spare`, body: '{"questions":[{"kind":"nps"}],"text":{"__proto__":{"title":"x"}}}' }],
  ...(
    [
      ['origins a string', { id: 'new-site', origins: 'https://a.test' }],
      ['origins [null]', { id: 'new-site', origins: [null] }],
      ['a name with a right-to-left override', { id: 'new-site', name: '\u202eevil', origins: [] }],
      ['id of 64 characters', { id: 'a'.repeat(64), origins: [] }],
    ] as const
  ).map(([name, body]): [string, Probe] => [`POST sites ${name}`, { method: 'POST', path: '/api/v1/sites', body: JSON.stringify(body), admin: 400 }]),
  ...(
    [
      ['role root', { email: 'new@acme.test', password: 'a long password', role: 'root' }],
      ['password of 11 characters', { email: 'new@acme.test', password: 'x'.repeat(11), role: 'viewer' }],
      ['email an object', { email: {}, password: 'a long password', role: 'viewer' }],
    ] as const
  ).map(([name, body]): [string, Probe] => [`POST users ${name}`, { method: 'POST', path: '/api/v1/users', body: JSON.stringify(body), admin: 400 }]),
  // The email survey page's form: one fresh link each, since tokens are rate-limited.
  ...(
    [
      ['an NPS of 99', 'nps=99', 'application/x-www-form-urlencoded', 400],
      ['an NPS of abc', 'nps=abc', 'application/x-www-form-urlencoded', 400],
      ['a comment with NUL', 'nps=9&comment=a%00b', 'application/x-www-form-urlencoded', 400],
      ['an aspect named __proto__', 'ces=2&aspect.__proto__=3', 'application/x-www-form-urlencoded', undefined],
      ['malformed percent-encoding', 'nps=%E0%A4%A&comment=%%%', 'application/x-www-form-urlencoded', 400],
      ['nothing', '', 'application/x-www-form-urlencoded', 400],
      ['JSON', '{"nps": 9}', 'application/json', 400],
      ['text/plain', 'nps=9', 'text/plain', 400],
      // Whether 400 or 415, as long as it is not a 500.
      ['multipart without a boundary', '--x\r\nContent-Disposition: form-data; name="nps"\r\n\r\n9\r\n--x--\r\n', 'multipart/form-data', undefined],
      ['multipart that never ends', '--x\r\nContent-Disposition: form-data; name="nps"\r\n\r\n9', 'multipart/form-data; boundary=x', undefined],
    ] as const
  ).map(([name, body, type, status]): [string, Probe] => [`POST survey page ${name}`, { method: 'POST', path: '/s/{token}', body, type, admin: status }]),
];

// ---------------------------------------------------------------------------------------------

describe('bad input never 500s', () => {
  const probes = [...queryProbes, ...listProbes, ...pathProbes, ...bodyProbes, ...fieldProbes];

  it(`drives every route with at least 300 odd requests (${probes.length})`, () => {
    expect(probes.length).toBeGreaterThanOrEqual(300);
  });

  it.each(probes)('answers %s below 500, in the error shape, storing nothing when refused', async (_name, probe) => {
    const problems: string[] = [];
    let stored = await snapshot();
    for (const who of WHO) {
      const r = await problemsOf(who, probe, stored);
      problems.push(...r.problems);
      stored = r.after;
    }
    // The problems as the message too: vitest would otherwise fold failures of the same shape into one.
    expect(problems, problems.join('\n')).toEqual([]);
  });

  describe('searching comments (q)', () => {
    const search = async (q: string) => {
      const res = await call(admin, `${S}/responses?${RANGE}&q=${enc(q)}`);
      expect(res.status, q).toBe(200);
      return ((await res.json()) as ResponsePage).items.map((i) => i.comment);
    };

    it('finds a comment by a phrase of 49 characters or more', async () => {
      expect(await search(LONG_COMMENT.slice(10, 59))).toEqual([LONG_COMMENT]);
      expect(await search(LONG_COMMENT.slice(0, 200))).toEqual([LONG_COMMENT]);
    });

    it('matches %, _, \\ and quotes literally', async () => {
      expect(await search('100%')).toEqual([COMMENTS[1]]);
      expect(await search('%')).toEqual([COMMENTS[1]]);
      expect(await search('_davvero')).toEqual([COMMENTS[1]]);
      expect(await search('o_d')).toEqual([COMMENTS[1]]);
      expect(await search('\\ "quoted" \'single\'')).toEqual([COMMENTS[1]]);
      expect(await search('%_')).toEqual([]);
      expect(await search('P%o')).toEqual([]);
    });

    it('ignores ASCII case and finds emoji and accents', async () => {
      expect(await search('PERFETTO, GRAZIE')).toEqual([COMMENTS[0]]);
      expect(await search('\u{1F680}\u{1F389}')).toEqual([COMMENTS[2]]);
      expect(await search('très BIEN')).toEqual([COMMENTS[3]]);
      expect(await search('tornerò')).toEqual([LONG_COMMENT]);
    });
  });

  describe('labels', () => {
    it('stores "é" typed two ways as one agent', async () => {
      for (const agent of ['Andr\u00e9', 'Andre\u0301']) {
        const res = await call(null, '/api/v1/responses', {
          method: 'POST',
          headers: { Origin: ORIGIN },
          json: responseBody({ id: crypto.randomUUID(), site: 'beta', meta: { agent } }),
        });
        expect(res.status).toBe(201);
      }
      const res = await call(admin, '/api/v1/sites/beta/breakdown?by=agent');
      const b = (await res.json()) as Breakdown;
      expect(b.rows.map((r) => [r.key, r.responses])).toEqual([['Andr\u00e9', 2]]);
      const filtered = await call(admin, `/api/v1/sites/beta/responses?agent=${enc('Andre\u0301')}`);
      expect(((await filtered.json()) as ResponsePage).items).toHaveLength(2);
    });
  });
});
