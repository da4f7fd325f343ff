// POST /api/v1/tickets: ticket facts from the helpdesk, idempotent upserts, clear 400s that store
// nothing, erasure and retention (issue #15, SPEC "Ticket facts and support KPIs").
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { purgeSite } from '../../worker/src/db/retention';
import { createApiKey, createSite } from './setup/fixtures';

const BASE = 'https://voce.test';
const HOUR = 3_600_000;
let key: string;
let otherKey: string;

beforeAll(async () => {
  await createSite();
  await createSite('globex', ['https://globex.test']);
  key = await createApiKey();
  otherKey = await createApiKey('globex');
});

function send(body: unknown, auth = `Bearer ${key}`) {
  return SELF.fetch(`${BASE}/api/v1/tickets`, { method: 'POST', headers: { Authorization: auth, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

const iso = (ms: number) => new Date(ms).toISOString();
const stored = (ticket: string, site = 'acme') =>
  env.DB.prepare('SELECT * FROM ticket_facts WHERE site_id = ?1 AND ticket = ?2').bind(site, ticket).first<Record<string, unknown>>();
const count = async () => (await env.DB.prepare('SELECT count(*) AS n FROM ticket_facts').first<{ n: number }>())!.n;

const t0 = Date.now() - 48 * HOUR;
const solved = (ticket: string, extra: Record<string, unknown> = {}) => ({
  ticket,
  status: 'solved',
  createdAt: iso(t0),
  firstResponseAt: iso(t0 + HOUR),
  solvedAt: iso(t0 + 5 * HOUR),
  agentReplies: 2,
  customerReplies: 1,
  reopens: 0,
  agent: 'mario',
  channel: 'email',
  group: 'billing',
  priority: 'high',
  ...extra,
});

describe('POST /api/v1/tickets', () => {
  it('stores one ticket, then says unchanged for the same send and updated for a change', async () => {
    let res = await send(solved('T-1'));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tickets: [{ ticket: 'T-1', outcome: 'created' }] });
    expect(await stored('T-1')).toMatchObject({
      status: 'solved',
      created_at: t0,
      first_response_at: t0 + HOUR,
      solved_at: t0 + 5 * HOUR,
      agent_replies: 2,
      customer_replies: 1,
      reopens: 0,
      agent: 'mario',
      channel: 'email',
      grp: 'billing',
      priority: 'high',
    });
    res = await send(solved('T-1'));
    expect(await res.json()).toEqual({ tickets: [{ ticket: 'T-1', outcome: 'unchanged' }] });
    res = await send(solved('T-1', { status: 'open', reopens: 1 }));
    expect(await res.json()).toEqual({ tickets: [{ ticket: 'T-1', outcome: 'updated' }] });
    expect(await stored('T-1')).toMatchObject({ status: 'open', reopens: 1, solved_at: t0 + 5 * HOUR });
  });

  it('takes an array of up to 100, each with its outcome, in one batch', async () => {
    const list = Array.from({ length: 100 }, (_, i) => solved(`B-${i}`, { agentReplies: i % 7 }));
    const res = await send(list);
    expect(res.status).toBe(200);
    const { tickets } = (await res.json()) as { tickets: { ticket: string; outcome: string }[] };
    expect(tickets).toHaveLength(100);
    expect(new Set(tickets.map((t) => t.outcome))).toEqual(new Set(['created']));
    expect((await stored('B-42'))!.agent_replies).toBe(0);
  });

  it('keeps what an earlier send said when a later one leaves a field out', async () => {
    await send(solved('T-keep'));
    await send({ ticket: 'T-keep', status: 'closed', createdAt: iso(t0) });
    expect(await stored('T-keep')).toMatchObject({ status: 'closed', first_response_at: t0 + HOUR, solved_at: t0 + 5 * HOUR, agent: 'mario', agent_replies: 2 });
  });

  it('marks a solved ticket without solvedAt as solved when Voce first hears of it', async () => {
    const before = Date.now();
    await send({ ticket: 'T-now', status: 'solved', createdAt: iso(t0) });
    const at = (await stored('T-now'))!.solved_at as number;
    expect(at).toBeGreaterThanOrEqual(before);
    await send({ ticket: 'T-now', status: 'solved', createdAt: iso(t0) });
    expect((await stored('T-now'))!.solved_at).toBe(at);
    await send({ ticket: 'T-open', status: 'open', createdAt: iso(t0) });
    expect((await stored('T-open'))!.solved_at).toBeNull();
  });

  it.each([
    ['a first response before creation', solved('X-1', { firstResponseAt: iso(t0 - 1000) }), 'firstResponseAt'],
    ['a solve before creation', solved('X-2', { solvedAt: iso(t0 - HOUR) }), 'solvedAt'],
    ['an unknown status', solved('X-3', { status: 'pending' }), 'status'],
    ['a time without a zone', solved('X-4', { createdAt: '2026-11-20T10:00:00' }), 'createdAt'],
    ['a time that is no date', solved('X-5', { createdAt: '2026-02-31T10:00:00Z' }), 'createdAt'],
    ['a time in the future', solved('X-6', { createdAt: iso(Date.now() + 3 * 86_400_000) }), 'createdAt'],
    ['negative replies', solved('X-7', { agentReplies: -1 }), 'agentReplies'],
    ['fractional reopens', solved('X-8', { reopens: 1.5 }), 'reopens'],
    ['no ticket', { status: 'open', createdAt: iso(t0) }, 'ticket'],
    ['a ticket with a zero-width space', solved('X\u200b9'), 'ticket'],
    ['the second of two bad', [solved('Y-1'), solved('Y-2', { status: 'nope' })], '1.status'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_, body, path) => {
    const before = await count();
    const res = await send(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(json.error.issues.map((i) => i.path)).toContain(path);
    expect(await count()).toBe(before);
  });

  it.each([
    ['an empty array', []],
    ['101 tickets', Array.from({ length: 101 }, (_, i) => solved(`Z-${i}`))],
    ['the same ticket twice', [solved('Z-a'), solved('Z-a')]],
    ['a string', 'T-1'],
    ['null', null],
  ])('answers 400 for %s, and stores nothing', async (_, body) => {
    const before = await count();
    expect((await send(body)).status).toBe(400);
    expect(await count()).toBe(before);
  });

  it('takes a blank agent, channel, group or priority as not known (a helpdesk placeholder with nothing to say)', async () => {
    await send(solved('B-1'));
    const res = await send(solved('B-1', { agent: '', channel: ' ', group: '', priority: '' }));
    expect(res.status).toBe(200);
    expect(await stored('B-1')).toMatchObject({ agent: 'mario', channel: 'email', grp: 'billing', priority: 'high' });
  });

  it('answers 401 without a key and keeps each site’s tickets apart', async () => {
    expect((await send(solved('T-x'), '')).status).toBe(401);
    expect((await send(solved('T-x'), 'Bearer voce_nope')).status).toBe(401);
    await send(solved('T-shared'));
    await send(solved('T-shared', { agent: 'wile' }), `Bearer ${otherKey}`);
    expect((await stored('T-shared'))!.agent).toBe('mario');
    expect((await stored('T-shared', 'globex'))!.agent).toBe('wile');
  });
});

describe('POST /api/v1/links with ticketFacts', () => {
  it('stores the link’s ticket’s facts in the same call', async () => {
    const { ticket: _, ...facts } = solved('L-1');
    const res = await SELF.fetch(`${BASE}/api/v1/links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ticket: 'L-1', agent: 'mario', ticketFacts: facts }),
    });
    expect(res.status).toBe(201);
    expect(await stored('L-1')).toMatchObject({ status: 'solved', agent_replies: 2 });
  });

  it('refuses bad facts with 400 and issues no link', async () => {
    const links = async () => (await env.DB.prepare("SELECT count(*) AS n FROM links WHERE ticket = 'L-2'").first<{ n: number }>())!.n;
    const res = await SELF.fetch(`${BASE}/api/v1/links`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ticket: 'L-2', ticketFacts: { status: 'solved', createdAt: iso(t0), solvedAt: iso(t0 - 1) } }),
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { issues: { path: string }[] } }).error.issues.map((i) => i.path)).toContain('ticketFacts.solvedAt');
    expect(await links()).toBe(0);
    expect(await stored('L-2')).toBeNull();
  });
});

describe('erasure and retention of ticket facts', () => {
  it('erases a ticket’s facts with the ticket, and a customer’s tickets’ facts with the customer', async () => {
    await send([solved('E-1'), solved('E-2'), solved('E-3')]);
    await env.DB.prepare(
      "INSERT INTO links (id, site_id, survey_id, ticket, customer, created_at, expires_at) VALUES ('lk-e2', 'acme', 'support', 'E-2', 'cust-9', ?1, ?1 + 86400000)",
    )
      .bind(Date.now())
      .run();
    const admin = (path: string) => SELF.fetch(`${BASE}/api/v1/sites/acme/${path}`, { method: 'DELETE', headers: { Authorization: `Bearer ${key}` } });
    expect((await admin('tickets/E-1')).status).toBe(200);
    expect(await stored('E-1')).toBeNull();
    expect((await admin('customers/cust-9')).status).toBe(200);
    expect(await stored('E-2')).toBeNull();
    expect(await stored('E-3')).not.toBeNull();
  });

  it('erases facts of tickets created before the retention cutoff, and no others', async () => {
    const old = Date.now() - 400 * 86_400_000;
    await send([solved('R-old', { createdAt: iso(old), firstResponseAt: iso(old + HOUR), solvedAt: iso(old + 2 * HOUR) }), solved('R-new')]);
    const out = await purgeSite(env.DB, 'acme', Date.now() - 365 * 86_400_000);
    expect(out.tickets).toBeGreaterThanOrEqual(1);
    expect(await stored('R-old')).toBeNull();
    expect(await stored('R-new')).not.toBeNull();
  });
});
