// `npm start` as an operator runs it: build, migrate, seed once, serve; then the collector over real HTTP.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { d1Query } from '../../scripts/lib/wrangler';
import { npmStart as start, stop } from './npm-start';

const port = 18_000 + Math.floor(Math.random() * 2000);
const base = `http://127.0.0.1:${port}`;
const persistTo = mkdtempSync(join(tmpdir(), 'voce-start-'));
const id = crypto.randomUUID();

const npmStart = () => start(port, persistTo);

let clients = 0;

/** Each POST as another client (wrangler dev takes CF-Connecting-IP from the request): the per-client flood limit is not under test here. */
function post(body: unknown, origin?: string) {
  clients++;
  return fetch(`${base}/api/v1/responses`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.1.${clients >> 8}.${clients & 255}`, ...(origin ? { origin } : {}) },
    body: JSON.stringify(body),
  });
}

const countDemo = () =>
  d1Query<{ n: number }>("SELECT count(*) AS n FROM responses WHERE site_id = 'demo'", { persistTo })[0]!.n;

describe('npm start', () => {
  let first: ReturnType<typeof npmStart>;

  beforeAll(async () => {
    first = npmStart();
    await first.ready;
  }, 180_000);

  afterAll(async () => {
    if (first) await stop(first.child);
    rmSync(persistTo, { recursive: true, force: true });
  });

  it('prints the URLs of the demo page, the dashboard and the API', () => {
    expect(first.output()).toContain(`${base}/demo`);
    expect(first.output()).toContain(`${base}/dashboard/`);
  });

  it('prints a one-time setup code for the first admin, stored only as its hash', async () => {
    const code = /setup code ((?:[0-9A-Z]{4}-){3}[0-9A-Z]{4})/.exec(first.output())?.[1];
    expect(code).toBeDefined();
    const setup = (setupCode?: string) =>
      fetch(`${base}/api/v1/auth/setup`, { method: 'POST', body: JSON.stringify({ email: 'me@acme.test', password: 'a long enough password', setupCode }) });
    expect((await setup()).status).toBe(403);
    expect((await setup(code)).status).toBe(201);
  });

  it('serves the demo page, the dashboard and the seeded survey', async () => {
    expect((await fetch(`${base}/demo`)).status).toBe(200);
    expect(await (await fetch(`${base}/dashboard/`)).text()).toContain('<div id="app">');
    const survey = (await (await fetch(`${base}/api/v1/surveys/demo/support?lang=it`)).json()) as { questions: unknown[] };
    expect(survey.questions).toHaveLength(3);
  });

  it('stores a curl-style POST once: 201, then 200 for the identical second POST', async () => {
    const body = { id, site: 'demo', survey: 'support', ticket: 'T-1042', answers: { nps: 9 } };
    expect((await post(body)).status).toBe(201);
    expect((await post(body)).status).toBe(200);
    expect((await post({ ...body, id: crypto.randomUUID() }, 'https://evil.example')).status).toBe(403);
  });

  it('stores one response for 200 concurrent POSTs of the same id over HTTP', async () => {
    const body = { id: crypto.randomUUID(), site: 'demo', survey: 'support', ticket: 'T-race', answers: { csat: 4 } };
    const statuses = await Promise.all(Array.from({ length: 200 }, () => post(body).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(199);
  });

  it('has seeded demo data, and a second start seeds nothing more', async () => {
    await stop(first.child);
    const rows = d1Query<{ ticket: string; nps: number }>(`SELECT ticket, nps FROM responses WHERE id = '${id}'`, { persistTo });
    expect(rows).toEqual([{ ticket: 'T-1042', nps: 9 }]);
    expect(d1Query("SELECT count(*) AS n FROM responses WHERE ticket = 'T-race'", { persistTo })).toEqual([{ n: 1 }]);
    const seeded = countDemo();
    expect(seeded).toBeGreaterThanOrEqual(2001);

    const second = npmStart();
    try {
      await second.ready;
      expect(second.output()).toContain('Database already seeded');
    } finally {
      await stop(second.child);
    }
    expect(countDemo()).toBe(seeded);
  }, 180_000);
});
