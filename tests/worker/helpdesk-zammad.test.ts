// POST /api/v1/tickets/zammad: Zammad's default trigger webhook payload (tests/fixtures/zammad-webhook.json:
// the sample of its admin docs, manage/webhook/payload.rst, less the sample's trailing commas) stored as a ticket fact.
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import sample from '../fixtures/zammad-webhook.json';
import { createApiKey, createSite } from './setup/fixtures';

const URL = 'https://voce.test/api/v1/tickets/zammad';
let key: string;

beforeAll(async () => {
  await createSite();
  key = await createApiKey();
});

type Ticket = Record<string, unknown>;
/** The documented payload with the ticket's fields changed: `number` to keep tests apart. */
const payload = (ticket: Ticket) => ({ ...sample, ticket: { ...sample.ticket, ...ticket } });
const closed = (number: string, extra: Ticket = {}) =>
  payload({ number, state: 'closed', first_response_at: '2020-11-13T15:04:10.000Z', close_at: '2020-11-14T09:30:00.000Z', ...extra });

function send(body: unknown, auth = `Bearer ${key}`, query = '') {
  return SELF.fetch(`${URL}${query}`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': 'application/json', 'User-Agent': 'Zammad User Agent', 'X-Zammad-Trigger': 'Voce' },
    body: JSON.stringify(body),
  });
}
const basic = (user: string, password: string) => `Basic ${btoa(`${user}:${password}`)}`;
const stored = (ticket: string) => env.DB.prepare("SELECT * FROM ticket_facts WHERE site_id = 'acme' AND ticket = ?1").bind(ticket).first<Record<string, unknown>>();
const count = async () => (await env.DB.prepare('SELECT count(*) AS n FROM ticket_facts').first<{ n: number }>())!.n;
const at = (iso: string) => Date.parse(iso);

describe('POST /api/v1/tickets/zammad', () => {
  it('stores the documented sample payload as an open ticket with its owner, channel, group and priority', async () => {
    const res = await send(sample);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ tickets: [{ ticket: '10081', outcome: 'created' }] });
    expect(await stored('10081')).toMatchObject({
      status: 'open',
      created_at: at('2020-11-13T14:34:35.282Z'),
      first_response_at: null,
      solved_at: null,
      agent: 'emma@chrispresso.com',
      channel: 'phone',
      grp: 'Service Desk',
      priority: '2 normal',
      // article_count counts customer articles and internal notes too: no agent-reply count is made up.
      agent_replies: null,
      customer_replies: null,
      reopens: null,
    });
  });

  it('updates the ticket when it is closed: close_at is when it was solved, then says unchanged for a repeat', async () => {
    await send(payload({ number: '20001' }));
    let res = await send(closed('20001'));
    expect(await res.json()).toEqual({ tickets: [{ ticket: '20001', outcome: 'updated' }] });
    expect(await stored('20001')).toMatchObject({
      status: 'closed',
      first_response_at: at('2020-11-13T15:04:10.000Z'),
      solved_at: at('2020-11-14T09:30:00.000Z'),
    });
    res = await send(closed('20001'));
    expect(await res.json()).toEqual({ tickets: [{ ticket: '20001', outcome: 'unchanged' }] });
  });

  it('maps every seeded state: pending ones are open, and a reopened ticket’s old close_at is no solve', async () => {
    for (const [state, status] of [['new', 'open'], ['pending reminder', 'open'], ['pending close', 'open'], ['Closed', 'closed']] as const) {
      const number = `30-${state}`;
      expect((await send(closed(number, { state }))).status).toBe(200);
      expect(await stored(number)).toMatchObject({ status, solved_at: status === 'open' ? null : at('2020-11-14T09:30:00.000Z') });
    }
  });

  it('takes no agent from an unassigned ticket (owner is the system user "-")', async () => {
    await send(payload({ number: '40001', owner_id: 1, owner: { id: 1, login: '-', firstname: '', lastname: '', email: '' } }));
    expect((await stored('40001'))!.agent).toBeNull();
  });

  it('answers 200 "ignored" for a merged or removed ticket, and stores nothing', async () => {
    for (const state of ['merged', 'removed']) {
      const res = await send(closed(`50-${state}`, { state }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ tickets: [{ ticket: `50-${state}`, outcome: 'ignored', reason: `The ticket is ${state}` }] });
      expect(await stored(`50-${state}`)).toBeNull();
    }
  });

  it('refuses a state it does not know with 400 naming ticket.state, unless the URL names it', async () => {
    let res = await send(closed('60001', { state: 'resolved' }));
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { issues: { path: string; message: string }[] } };
    expect(json.error.issues).toEqual([{ path: 'ticket.state', message: expect.stringContaining('?closed=') }]);
    expect(await stored('60001')).toBeNull();
    res = await send(closed('60001', { state: 'Resolved' }), `Bearer ${key}`, '?closed=resolved,done&open=waiting%20for%20customer');
    expect(res.status).toBe(200);
    expect((await stored('60001'))!.status).toBe('closed');
    await send(payload({ number: '60002', state: 'waiting for customer' }), `Bearer ${key}`, '?closed=resolved&open=waiting for customer');
    expect((await stored('60002'))!.status).toBe('open');
  });

  it.each([
    ['a created_at that is no time', payload({ number: 'X-1', created_at: '13.11.2020 14:34' }), 'ticket.created_at'],
    ['a close_at before created_at', closed('X-2', { close_at: '2020-11-12T09:00:00Z' }), 'ticket.close_at'],
    ['a first_response_at before created_at', closed('X-3', { first_response_at: '2020-11-12T09:00:00Z' }), 'ticket.first_response_at'],
    ['a time without a zone', closed('X-4', { close_at: '2020-11-14T09:30:00' }), 'ticket.close_at'],
    ['no ticket number', payload({ number: null }), 'ticket.number'],
    ['no ticket at all', { article: sample.article }, 'ticket'],
  ])('answers 400 naming the field for %s, and stores nothing', async (_, body, path) => {
    const before = await count();
    const res = await send(body);
    expect(res.status).toBe(400);
    const json = (await res.json()) as { error: { issues: { path: string }[] } };
    expect(json.error.issues.map((i) => i.path)).toContain(path);
    expect(await count()).toBe(before);
  });

  it('takes the key as Zammad’s Bearer token or as the password of HTTP Basic authentication', async () => {
    expect((await send(payload({ number: '70001' }), basic('voce', key))).status).toBe(200);
    expect((await send(payload({ number: '70002' }), basic('', key))).status).toBe(200);
    expect(await stored('70001')).not.toBeNull();
  });

  it.each([
    ['no Authorization', ''],
    ['a wrong Bearer key', 'Bearer voce_nope'],
    ['a wrong Basic password', basic('voce', 'voce_nope')],
    ['the key as the Basic user name', basic(key, '')],
    ['Basic that is not base64', 'Basic %%%'],
  ])('answers 401 with %s, and stores nothing', async (_, auth) => {
    const before = await count();
    const res = await send(payload({ number: '80001' }), auth);
    expect(res.status).toBe(401);
    expect(res.headers.get('WWW-Authenticate')).toContain('Basic');
    expect(await count()).toBe(before);
  });
});
