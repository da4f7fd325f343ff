// Acceptance of the helpdesk recipes (issue #15, README "Helpdesk recipes") against a real `npm start`:
// Zammad's documented webhook body and a Zendesk trigger body as Zendesk renders the README's template,
// each posted to its documented URL with the documented auth, then the Zendesk metrics script run
// against a stand-in for Zendesk's API on loopback; the stored facts read back from the local D1.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../scripts/admin';
import { d1Query, ROOT } from '../../scripts/lib/wrangler';
import { npmStart, stop, type NpmStart } from './npm-start';

const port = 22_000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
const persistTo = mkdtempSync(join(tmpdir(), 'voce-helpdesks-'));
const t = { persistTo };
const fixture = (name: string) => readFileSync(join(ROOT, 'tests/fixtures', name), 'utf8');

// Zendesk's API as its reference documents the two reads the script makes (GET /api/v2/tickets/{id}.json, …/metrics.json).
const ZENDESK: Record<string, unknown> = {
  '/api/v2/tickets/48213.json': { ticket: { id: 48213, status: 'solved', created_at: '2026-11-20T08:41:00Z', priority: null, via: { channel: 'email' } } },
  '/api/v2/tickets/48213/metrics.json': {
    ticket_metric: { ticket_id: 48213, replies: 3, reopens: 1, solved_at: '2026-11-21T15:02:00Z', reply_time_in_minutes: { calendar: 47, business: 47 } },
  },
};
const zendeskAuth: string[] = [];
const zendesk = createServer((req, res) => {
  zendeskAuth.push(req.headers.authorization ?? '');
  const body = ZENDESK[req.url ?? ''];
  res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify(body ?? { error: 'RecordNotFound' }));
});

let server: NpmStart;
let key = '';

beforeAll(async () => {
  await new Promise<void>((r) => zendesk.listen(0, '127.0.0.1', r));
  server = npmStart(port, persistTo);
  await server.ready;
  const lines: string[] = [];
  await run(['key', 'create', 'demo', '--label', 'helpdesk'], t, (l) => lines.push(l));
  key = /voce_\S+/.exec(lines.join('\n'))![0];
}, 180_000);

afterAll(async () => {
  if (server) await stop(server.child);
  zendesk.closeAllConnections();
  await new Promise((r) => zendesk.close(r));
  rmSync(persistTo, { recursive: true, force: true });
});

const post = (path: string, body: string, authorization: string) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body });
const stored = (ticket: string) => d1Query(`SELECT * FROM ticket_facts WHERE site_id = 'demo' AND ticket = '${ticket}'`, t)[0];
const at = (iso: string) => Date.parse(iso);

describe('helpdesk recipes against npm start', () => {
  it('stores Zammad’s documented webhook body posted to /api/v1/tickets/zammad with the key as Basic password', async () => {
    const body = fixture('zammad-webhook.json');
    const res = await post('/api/v1/tickets/zammad', body, `Basic ${btoa(`voce:${key}`)}`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ tickets: [{ ticket: '10081', outcome: 'created' }] });
    expect(stored('10081')).toMatchObject({
      status: 'open',
      created_at: at('2020-11-13T14:34:35.282Z'),
      first_response_at: null,
      solved_at: null,
      agent: 'emma@chrispresso.com',
      channel: 'phone',
      grp: 'Service Desk',
      priority: '2 normal',
      agent_replies: null,
    });

    // The same trigger when the ticket is closed: Zammad's payload then carries first_response_at and close_at.
    const sample = JSON.parse(body) as { ticket: Record<string, unknown> };
    Object.assign(sample.ticket, { state: 'closed', state_id: 4, first_response_at: '2020-11-13T15:10:02.117Z', close_at: '2020-11-16T10:00:41.906Z' });
    const closed = await post('/api/v1/tickets/zammad', JSON.stringify(sample), `Bearer ${key}`);
    expect(await closed.json()).toEqual({ tickets: [{ ticket: '10081', outcome: 'updated' }] });
    expect(stored('10081')).toMatchObject({ status: 'closed', first_response_at: at('2020-11-13T15:10:02.117Z'), solved_at: at('2020-11-16T10:00:41.906Z') });
  });

  it('stores a Zendesk trigger body rendered from the README template, then the metrics script adds what placeholders lack', async () => {
    const res = await post('/api/v1/tickets', fixture('zendesk-trigger.json'), `Bearer ${key}`);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(await res.json()).toEqual({ tickets: [{ ticket: '48213', outcome: 'created' }] });
    expect(stored('48213')).toMatchObject({
      status: 'solved',
      created_at: at('2026-11-20T08:41:00Z'),
      solved_at: at('2026-11-21T15:02:00Z'),
      first_response_at: null,
      agent: 'giulia@example.com',
      channel: 'Mail',
      grp: 'Support',
      priority: null, // {{ticket.priority}} of a ticket with none renders blank: not known
      agent_replies: null,
      reopens: null,
    });

    const zendeskUrl = `http://127.0.0.1:${(zendesk.address() as AddressInfo).port}`;
    const env = { ...process.env, ZENDESK_URL: zendeskUrl, ZENDESK_EMAIL: 'admin@example.com', ZENDESK_TOKEN: 'zd-token', VOCE_URL: base, VOCE_KEY: key };
    const { stdout } = await promisify(execFile)('node', [join(ROOT, 'scripts/helpdesks/zendesk-metrics.mjs'), '48213'], { env });
    expect(stdout).toContain('"outcome":"updated"');
    expect(zendeskAuth).toEqual(Array(2).fill(`Basic ${btoa('admin@example.com/token:zd-token')}`));
    expect(stored('48213')).toMatchObject({
      status: 'solved',
      first_response_at: at('2026-11-20T09:28:00Z'), // created + reply_time_in_minutes.calendar (47)
      solved_at: at('2026-11-21T15:02:00Z'),
      agent_replies: 3,
      reopens: 1,
      agent: 'giulia@example.com', // kept from the trigger's send
      grp: 'Support',
    });
  });
});
