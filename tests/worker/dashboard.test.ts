// The read routes of the dashboard against rows with known answers: the API's numbers must be the
// shared metric functions' numbers, filters must filter, and the CSV must be safe in a spreadsheet.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Breakdown, FollowUpPage, ResponsePage, Summary, Trend } from '../../shared/api';
import { ces, csat, nps } from '../../shared/metrics';
import { rebuildSql } from '../../worker/src/db/rollups';
import { createSite } from './setup/fixtures';
import { addUser, call, signIn, type Session } from './setup/dashboard';

const DAY = 86400_000;
const T0 = Date.parse('2026-10-01T10:00:00Z');

interface Seed {
  day: number;
  nps?: number;
  csat?: number;
  ces?: number;
  agent: string;
  channel: string;
  source?: 'widget' | 'email';
  comment?: string;
  ticket?: string;
  customer?: string;
}

// October 1–10 (current period) and September 21–30 (the previous one).
const rows: Seed[] = [
  { day: 0, nps: 10, csat: 5, ces: 1, agent: 'mario', channel: 'chat', comment: 'Perfetto' },
  { day: 1, nps: 9, csat: 4, ces: 2, agent: 'mario', channel: 'email' },
  { day: 1, nps: 6, csat: 2, ces: 5, agent: 'luca', channel: 'chat', comment: '=HYPERLINK("http://evil","click")', ticket: 'T-bad' },
  { day: 2, nps: 0, csat: 1, ces: 4, agent: 'luca', channel: 'phone', comment: '<img src=x onerror=alert(1)>', customer: 'c-9' },
  { day: 3, nps: 7, agent: 'giulia', channel: 'chat', source: 'email' },
  { day: 5, nps: 8, csat: 3, agent: 'giulia', channel: 'chat', comment: 'Ok, "fine"' },
  { day: 9, csat: 5, ces: 3, agent: 'mario', channel: 'chat', comment: '-1 star, +2 stars, @home' },
  { day: -5, nps: 3, csat: 2, ces: 4, agent: 'luca', channel: 'chat' },
  { day: -9, nps: 10, csat: 5, ces: 1, agent: 'mario', channel: 'chat' },
  { day: -20, nps: 10, agent: 'mario', channel: 'chat' }, // before the previous period
];

let admin: Session;

beforeAll(async () => {
  await createSite('acme');
  await env.DB.batch(
    rows.map((r, i) =>
      env.DB.prepare(
        `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, comment, lang, source, agent, channel, customer, created_at, updated_at)
         VALUES (?1, 'acme', 'support', ?2, ?3, ?4, ?5, ?6, 'it', ?7, ?8, ?9, ?10, ?11, ?11)`,
      ).bind(crypto.randomUUID(), r.ticket ?? `T-${i}`, r.csat ?? null, r.ces ?? null, r.nps ?? null, r.comment ?? null, r.source ?? 'widget', r.agent, r.channel, r.customer ?? null, T0 + r.day * DAY + i),
    ),
  );
  // Rows written straight to D1 bypass the collector: recompute the rollups as the admin command does.
  await env.DB.batch(rebuildSql().map((sql) => env.DB.prepare(sql)));
  await addUser('boss@acme.test', 'a long password', 'admin');
  admin = await signIn('boss@acme.test', 'a long password');
});

const get = async <T>(path: string): Promise<T> => {
  const res = await call(admin, path);
  expect(res.status, path).toBe(200);
  return (await res.json()) as T;
};

const current = rows.filter((r) => r.day >= 0 && r.day <= 9);
const previous = rows.filter((r) => r.day >= -10 && r.day < 0);
const range = 'from=2026-10-01&to=2026-10-10';

describe('GET /api/v1/sites/:site/summary', () => {
  it('gives the shared metric functions’ numbers for the period and the one before', async () => {
    const s = await get<Summary>(`/api/v1/sites/acme/summary?${range}`);
    expect(s.from).toBe('2026-10-01');
    expect(s.to).toBe('2026-10-10');
    expect(s.current.responses).toBe(current.length);
    expect(s.current.nps).toEqual(nps(current.map((r) => r.nps)));
    expect(s.current.csat).toEqual(csat(current.map((r) => r.csat)));
    expect(s.current.ces).toEqual(ces(current.map((r) => r.ces)));
    expect(s.previous).toMatchObject({ from: '2026-09-21', to: '2026-09-30', responses: previous.length });
    expect(s.previous.nps).toEqual(nps(previous.map((r) => r.nps)));
    expect(s.current.links).toEqual({ issued: 0, opened: 0, answered: 0, rate: null, openRate: null, openedAnswerRate: null });
    const email = current.filter((r) => r.source === 'email').length;
    const withSources = await get<Summary>(`/api/v1/sites/acme/summary?${range}&sources=1`);
    expect(withSources.current.sources).toEqual({ widget: current.length - email, email });
  });

  it('applies filters', async () => {
    const s = await get<Summary>(`/api/v1/sites/acme/summary?${range}&agent=luca`);
    const luca = current.filter((r) => r.agent === 'luca');
    expect(s.filters).toEqual({ agent: 'luca' });
    expect(s.current.responses).toBe(luca.length);
    expect(s.current.nps).toEqual(nps(luca.map((r) => r.nps)));
    const email = await get<Summary>(`/api/v1/sites/acme/summary?${range}&source=email&channel=chat`);
    expect(email.current.responses).toBe(1);
    expect(email.current.csat).toBeNull();
  });

  it('refuses bad ranges and filters with 400', async () => {
    for (const q of ['from=2026-10-10&to=2026-10-01', 'from=yesterday', 'source=fax', 'lang=!!']) {
      expect((await call(admin, `/api/v1/sites/acme/summary?${q}`)).status, q).toBe(400);
    }
    expect((await call(admin, '/api/v1/sites/nobody/summary')).status).toBe(404);
  });
});

describe('GET /api/v1/sites/:site/trend and breakdown', () => {
  it('has one point per day, empty days included, each equal to that day’s metrics', async () => {
    const t = await get<Trend>(`/api/v1/sites/acme/trend?${range}&interval=day`);
    expect(t.points.map((p) => p.start)).toEqual(Array.from({ length: 10 }, (_, i) => `2026-10-${String(i + 1).padStart(2, '0')}`));
    const day1 = current.filter((r) => r.day === 1);
    expect(t.points[1]).toMatchObject({ responses: 2, nps: nps(day1.map((r) => r.nps)) });
    expect(t.points[4]).toMatchObject({ responses: 0, nps: null, csat: null, ces: null });
  });

  it('groups by Monday weeks and by month', async () => {
    const w = await get<Trend>(`/api/v1/sites/acme/trend?${range}&interval=week`);
    expect(w.points.map((p) => [p.start, p.responses])).toEqual([
      ['2026-09-28', 5], // Thu 1 … Sun 4 October (the range starts on Thursday)
      ['2026-10-05', 2],
    ]);
    const m = await get<Trend>(`/api/v1/sites/acme/trend?from=2026-09-01&to=2026-10-31&interval=month`);
    expect(m.points.map((p) => [p.start, p.responses])).toEqual([
      ['2026-09-01', 3],
      ['2026-10-01', 7],
    ]);
  });

  it('breaks down by agent with the same metrics', async () => {
    const b = await get<Breakdown>(`/api/v1/sites/acme/breakdown?${range}&by=agent`);
    const mario = current.filter((r) => r.agent === 'mario');
    expect(b.rows.map((r) => r.key)).toEqual(['mario', 'giulia', 'luca']);
    expect(b.rows[0]).toMatchObject({ key: 'mario', responses: 3, csat: csat(mario.map((r) => r.csat)) });
  });
});

describe('responses, tickets, export and erasure', () => {
  it('lists comments newest first with categories, search and a cursor', async () => {
    const all = await get<ResponsePage>(`/api/v1/sites/acme/responses?${range}&withComment=1&limit=2`);
    expect(all.items.map((i) => i.comment)).toEqual(['-1 star, +2 stars, @home', 'Ok, "fine"']);
    const more = await get<ResponsePage>(`/api/v1/sites/acme/responses?${range}&withComment=1&limit=2&cursor=${all.next}`);
    expect(more.items.map((i) => i.comment)).toEqual(['<img src=x onerror=alert(1)>', '=HYPERLINK("http://evil","click")']);
    const detractors = await get<ResponsePage>(`/api/v1/sites/acme/responses?${range}&category=detractor`);
    expect(detractors.items.map((i) => i.nps)).toEqual([0, 6]);
    const search = await get<ResponsePage>(`/api/v1/sites/acme/responses?${range}&q=perf`);
    expect(search.items.map((i) => i.comment)).toEqual(['Perfetto']);
    expect((await get<ResponsePage>(`/api/v1/sites/acme/responses?${range}&q=%25`)).items).toEqual([]);
  });

  it('finds every response of a ticket', async () => {
    const t = await get<{ ticket: string; responses: { nps: number }[] }>('/api/v1/sites/acme/tickets/T-bad');
    expect(t).toMatchObject({ ticket: 'T-bad', responses: [{ nps: 6 }] });
  });

  it('exports CSV that no spreadsheet will run as a formula', async () => {
    const res = await call(admin, `/api/v1/sites/acme/export.csv?${range}`);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain('voce-acme-2026-10-01-2026-10-10.csv');
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines).toHaveLength(1 + current.length);
    const cells = lines.flatMap((l) => l.match(/"(?:[^"]|"")*"/g)!.map((c) => c.slice(1, -1).replace(/""/g, '"')));
    for (const cell of cells) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(text).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
    expect(text).toContain(`"'-1 star, +2 stars, @home"`);
  });

  it('keeps the follow-up inbox of unhappy answers with status, owner and note', async () => {
    const inbox = await get<FollowUpPage>('/api/v1/sites/acme/followups?status=new');
    expect(inbox.items.map((i) => i.reasons)).toEqual([['detractor', 'low-csat', 'high-effort'], ['detractor', 'low-csat', 'high-effort'], ['detractor', 'low-csat', 'high-effort']]);
    const id = inbox.items[0]!.response.id;
    const res = await call(admin, `/api/v1/sites/acme/followups/${id}`, { method: 'PATCH', json: { status: 'contacted', note: 'Called back' } });
    expect(await res.json()).toMatchObject({ status: 'contacted', owner: null, note: 'Called back' });
    expect((await get<FollowUpPage>('/api/v1/sites/acme/followups?status=new')).items).toHaveLength(2);
    expect((await get<FollowUpPage>('/api/v1/sites/acme/followups?status=contacted')).items.map((i) => i.response.id)).toEqual([id]);
    const happy = (await get<ResponsePage>(`/api/v1/sites/acme/responses?${range}&category=promoter`)).items[0]!.id;
    expect((await call(admin, `/api/v1/sites/acme/followups/${happy}`, { method: 'PATCH', json: { status: 'resolved' } })).status).toBe(404);
  });

  it('erases every response of a ticket and of a customer', async () => {
    expect(await (await call(admin, '/api/v1/sites/acme/tickets/T-bad', { method: 'DELETE' })).json()).toEqual({ deleted: 1 });
    expect(await (await call(admin, '/api/v1/sites/acme/customers/c-9', { method: 'DELETE' })).json()).toEqual({ deleted: 1 });
    const s = await get<Summary>(`/api/v1/sites/acme/summary?${range}`);
    expect(s.current.responses).toBe(current.length - 2);
    expect((await get<{ responses: unknown[] }>('/api/v1/sites/acme/tickets/T-bad')).responses).toEqual([]);
  });

  it('finds and erases IDs stored before invisible characters were refused, exactly as stored', async () => {
    const legacy = 'T-old\u200b';
    await env.DB.prepare(
      "INSERT INTO responses (id, site_id, survey_id, ticket, customer, nps, source, created_at, updated_at) VALUES (?1, 'acme', 'support', ?2, ?3, 5, 'widget', ?4, ?4)",
    )
      .bind(crypto.randomUUID(), legacy, 'c-old\u202e', T0)
      .run();
    expect((await get<{ responses: unknown[] }>(`/api/v1/sites/acme/tickets/${encodeURIComponent(legacy)}`)).responses).toHaveLength(1);
    const erase = await call(admin, `/api/v1/sites/acme/tickets/${encodeURIComponent(legacy)}`, { method: 'DELETE' });
    expect(await erase.json()).toEqual({ deleted: 1 });
    expect(await (await call(admin, `/api/v1/sites/acme/customers/${encodeURIComponent('c-old\u202e')}`, { method: 'DELETE' })).json()).toEqual({ deleted: 0 });
  });
});
