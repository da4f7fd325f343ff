// The follow-up inbox a support team works through (issue #12): counts per status and reason that
// equal a recomputation from the raw rows, every filter, owners chosen from the site's people, the
// question each comment answered, and the helpdesk link setting.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FollowUp, FollowUpCounts, FollowUpPage, FollowUpReason, FollowUpStatus, SiteList, SitePeople } from '../../shared/api';
import { createApiKey, createSite } from './setup/fixtures';
import { addUser, call, signIn, type Session } from './setup/dashboard';

const DAY = 86400_000;
const T0 = Date.parse('2026-10-20T12:00:00Z'); // the newest day of the seed
const AGENTS = ['mario', 'luca', 'giulia'];
const CHANNELS = ['chat', 'email'];

interface Raw {
  id: string;
  survey_id: string;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  agent: string;
  channel: string;
  created_at: number;
  status: FollowUpStatus;
  owner: string | null;
}

const ids: Record<string, string> = {};
let admin: Session;
let responder: Session;
let viewer: Session;
let stranger: Session;
const rows: Raw[] = [];

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

beforeAll(async () => {
  await createSite('acme');
  await createSite('other', ['https://other.test']);
  const people: [string, 'admin' | 'responder' | 'viewer'][] = [
    ['boss@acme.test', 'admin'],
    ['rita@acme.test', 'responder'],
    ['vera@acme.test', 'viewer'],
    ['otto@other.test', 'responder'],
  ];
  for (const [email, role] of people) await addUser(email, 'a long password 1', role);
  for (const r of (await env.DB.prepare('SELECT id, email FROM users').all<{ id: string; email: string }>()).results) ids[r.email] = r.id;
  await env.DB.prepare("UPDATE users SET all_sites = 0 WHERE email IN ('rita@acme.test', 'vera@acme.test', 'otto@other.test')").run();
  await env.DB.batch([
    env.DB.prepare("INSERT INTO user_sites (user_id, site_id) VALUES (?1, 'acme'), (?2, 'acme'), (?3, 'other')").bind(ids['rita@acme.test'], ids['vera@acme.test'], ids['otto@other.test']),
  ]);
  admin = await signIn('boss@acme.test', 'a long password 1');
  responder = await signIn('rita@acme.test', 'a long password 1');
  viewer = await signIn('vera@acme.test', 'a long password 1');
  stranger = await signIn('otto@other.test', 'a long password 1');

  const rand = rng(12);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const maybe = (p: number, v: number) => (rand() < p ? v : null);
  const owners = [null, null, ids['boss@acme.test']!, ids['rita@acme.test']!];
  for (let i = 0; i < 240; i++) {
    const row: Raw = {
      id: crypto.randomUUID(),
      survey_id: i % 5 === 0 ? 'nps-only' : 'support',
      nps: maybe(0.9, Math.floor(rand() * 11)),
      csat: i % 5 === 0 ? null : maybe(0.8, 1 + Math.floor(rand() * 5)),
      ces: i % 5 === 0 ? null : maybe(0.7, 1 + Math.floor(rand() * 5)),
      comment: rand() < 0.5 ? `comment ${i}` : null,
      agent: pick(AGENTS),
      channel: pick(CHANNELS),
      created_at: T0 - Math.floor(rand() * 20) * DAY - i * 1000,
      status: pick(['new', 'new', 'contacted', 'resolved'] as FollowUpStatus[]),
      owner: pick(owners),
    };
    rows.push(row);
  }
  await env.DB.batch(
    rows.map((r) =>
      env.DB.prepare(
        `INSERT INTO responses (id, site_id, survey_id, ticket, csat, ces, nps, comment, lang, source, agent, channel, created_at, updated_at)
         VALUES (?1, 'acme', ?2, ?3, ?4, ?5, ?6, ?7, 'en', 'widget', ?8, ?9, ?10, ?10)`,
      ).bind(r.id, r.survey_id, `T-${r.id.slice(0, 8)}`, r.csat, r.ces, r.nps, r.comment, r.agent, r.channel, r.created_at),
    ),
  );
  // A state for the unhappy ones that are not new, or new with an owner.
  const touched = rows.filter((r) => unhappy(r) && (r.status !== 'new' || r.owner));
  await env.DB.batch(
    touched.map((r) =>
      env.DB.prepare("INSERT INTO followups (response_id, site_id, status, owner, updated_at) VALUES (?1, 'acme', ?2, ?3, ?4)").bind(r.id, r.status, r.owner, T0),
    ),
  );
  // Another site's unhappy answer, which acme's inbox never shows.
  await env.DB.prepare(
    "INSERT INTO responses (id, site_id, survey_id, nps, source, agent, channel, created_at, updated_at) VALUES (?1, 'other', 'support', 0, 'widget', 'mario', 'chat', ?2, ?2)",
  )
    .bind(crypto.randomUUID(), T0)
    .run();
});

const REASON: Record<FollowUpReason, (r: Raw) => boolean> = {
  detractor: (r) => r.nps !== null && r.nps <= 6,
  'low-csat': (r) => r.csat !== null && r.csat <= 2,
  'high-effort': (r) => r.ces !== null && r.ces >= 4,
};
const unhappy = (r: Raw) => Object.values(REASON).some((f) => f(r));
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Case {
  name: string;
  query: Record<string, string>;
  /** Who asks: the owner "mine" means. */
  as?: 'boss@acme.test' | 'rita@acme.test';
}

const CASES: Case[] = [
  { name: 'no filter', query: {} },
  { name: 'a date range', query: { from: day(T0 - 9 * DAY), to: day(T0 - 2 * DAY) } },
  { name: 'an agent', query: { agent: 'luca' } },
  { name: 'a channel', query: { channel: 'email' } },
  { name: 'a survey', query: { survey: 'nps-only' } },
  { name: 'a reason', query: { reason: 'high-effort' } },
  { name: 'with comment only', query: { withComment: '1' } },
  { name: 'assigned to me (admin)', query: { mine: '1' }, as: 'boss@acme.test' },
  { name: 'assigned to me (responder)', query: { mine: '1' }, as: 'rita@acme.test' },
  { name: 'everything at once', query: { from: day(T0 - 15 * DAY), to: day(T0), agent: 'mario', channel: 'chat', reason: 'detractor', withComment: '1', mine: '1' }, as: 'rita@acme.test' },
];

/** The raw rows the filter (and status) keeps, newest first. */
function expected(c: Case, status?: FollowUpStatus, withReason = true): Raw[] {
  const q = c.query;
  const from = q.from ? Date.parse(`${q.from}T00:00:00Z`) : -Infinity;
  const to = q.to ? Date.parse(`${q.to}T00:00:00Z`) + DAY : Infinity;
  return rows
    .filter(
      (r) =>
        unhappy(r) &&
        r.created_at >= from &&
        r.created_at < to &&
        (!q.agent || r.agent === q.agent) &&
        (!q.channel || r.channel === q.channel) &&
        (!q.survey || r.survey_id === q.survey) &&
        (!withReason || !q.reason || REASON[q.reason as FollowUpReason](r)) &&
        (!q.withComment || r.comment !== null) &&
        (!q.mine || r.owner === ids[c.as!]) &&
        (!status || r.status === status),
    )
    .sort((a, b) => b.created_at - a.created_at || (a.id < b.id ? 1 : -1));
}

const who = (c: Case) => (c.as === 'rita@acme.test' ? responder : admin);
const qs = (q: Record<string, string>) => new URLSearchParams(q).toString();

async function json<T>(s: Session, path: string): Promise<T> {
  const res = await call(s, path);
  expect(res.status, `${path}: ${await res.clone().text()}`).toBe(200);
  return (await res.json()) as T;
}

/** Every item of the list, following the cursor. */
async function all(s: Session, query: Record<string, string>): Promise<FollowUp[]> {
  const items: FollowUp[] = [];
  let cursor: string | null = null;
  do {
    const page: FollowUpPage = await json<FollowUpPage>(s, `/api/v1/sites/acme/followups?${qs({ ...query, ...(cursor ? { cursor } : {}) })}`);
    items.push(...page.items);
    cursor = page.next;
  } while (cursor);
  return items;
}

describe('GET /api/v1/sites/:site/followups/counts', () => {
  it.each(CASES)('counts per status and reason equal a recomputation from the raw rows: $name', async (c) => {
    for (const status of [undefined, 'new', 'contacted', 'resolved'] as const) {
      const counts = await json<FollowUpCounts>(who(c), `/api/v1/sites/acme/followups/counts?${qs({ ...c.query, ...(status ? { status } : {}) })}`);
      for (const s of ['new', 'contacted', 'resolved'] as const) expect(counts.status[s], `${status} ${s}`).toEqual({ n: expected(c, s).length, more: false });
      for (const r of Object.keys(REASON) as FollowUpReason[]) {
        expect(counts.reasons[r], `${status} ${r}`).toEqual({ n: expected(c, status, false).filter(REASON[r]).length, more: false });
      }
    }
  });

  it('has something to count in every case, so the comparisons above can fail', () => {
    for (const c of CASES) expect(expected(c).length, c.name).toBeGreaterThan(0);
  });
});

describe('GET /api/v1/sites/:site/followups', () => {
  it.each(CASES)('lists exactly the items the filter keeps, newest first: $name', async (c) => {
    for (const status of [undefined, 'new', 'contacted', 'resolved'] as const) {
      const items = await all(who(c), { ...c.query, ...(status ? { status } : {}) });
      expect(items.map((i) => i.response.id), String(status)).toEqual(expected(c, status).map((r) => r.id));
    }
  });

  it('shows the owner by email and the follow-up question each comment answered', async () => {
    const items = await all(admin, { withComment: '1' });
    const owned = items.find((i) => i.owner === ids['rita@acme.test'])!;
    expect(owned.ownerEmail).toBe('rita@acme.test');
    for (const i of items) {
      const r = i.response;
      // The first negative answer in the survey's order (nps, csat, ces here) decides the prompt
      // (shared/i18n followUpPrompt, as the widget and the email page ask it).
      const expectedQuestion =
        r.nps !== null && r.nps <= 6
          ? 'What should we have done better?'
          : r.csat !== null && r.csat <= 2
            ? 'What went wrong?'
            : 'What made it harder than it should have been?';
      if (r.survey === 'support') expect(i.question, JSON.stringify(r)).toBe(expectedQuestion);
    }
    expect(items.filter((i) => i.response.survey === 'nps-only').every((i) => i.question === 'What should we have done better?')).toBe(true);
    const silent = await all(admin, {});
    expect(silent.filter((i) => i.response.comment === null).every((i) => i.question === null)).toBe(true);
  });

  it('refuses bad filters with a 400 that names the field', async () => {
    for (const [query, path] of [
      ['reason=angry', 'reason'],
      ['status=done', 'status'],
      ['mine=yes', 'mine'],
      ['withComment=true', 'withComment'],
      ['from=2026-02-31', 'from'],
      ['cursor=not-a-cursor!', 'cursor'],
    ] as const) {
      for (const route of ['followups', 'followups/counts']) {
        if (path === 'cursor' && route !== 'followups') continue;
        const res = await call(admin, `/api/v1/sites/acme/${route}?${query}`);
        expect(res.status, `${route}?${query}`).toBe(400);
        const body = (await res.json()) as { error: { issues?: { path: string }[] } };
        expect(body.error.issues?.map((i) => i.path), query).toContain(path);
      }
    }
  });

  it('answers "assigned to me" only for a person (400 for an API key) and other sites with 403', async () => {
    const key = await createApiKey('acme');
    const headers = { Authorization: `Bearer ${key}` };
    expect((await call(null, '/api/v1/sites/acme/followups?mine=1', { headers })).status).toBe(400);
    expect((await call(null, '/api/v1/sites/acme/followups/counts', { headers })).status).toBe(200);
    expect((await call(responder, '/api/v1/sites/other/followups/counts')).status).toBe(403);
    expect((await call(stranger, '/api/v1/sites/acme/followups')).status).toBe(403);
  });
});

describe('GET /api/v1/sites/:site/people', () => {
  it('lists the admins and responders with the site to anyone signed in to it, and says who asks', async () => {
    for (const [s, me] of [
      [admin, 'boss@acme.test'],
      [responder, 'rita@acme.test'],
      [viewer, 'vera@acme.test'],
    ] as const) {
      const body = await json<SitePeople>(s, '/api/v1/sites/acme/people');
      expect(body.people.map((p) => p.email)).toEqual(['boss@acme.test', 'rita@acme.test']);
      expect(body.me).toBe(ids[me]);
    }
    expect((await json<SitePeople>(stranger, '/api/v1/sites/other/people')).people.map((p) => p.email)).toEqual(['boss@acme.test', 'otto@other.test']);
  });

  it('is 403 for another site and for an API key, 401 for nobody', async () => {
    expect((await call(responder, '/api/v1/sites/other/people')).status).toBe(403);
    expect((await call(viewer, '/api/v1/sites/other/people')).status).toBe(403);
    const key = await createApiKey('acme');
    expect((await call(null, '/api/v1/sites/acme/people', { headers: { Authorization: `Bearer ${key}` } })).status).toBe(403);
    expect((await call(null, '/api/v1/sites/acme/people')).status).toBe(401);
  });
});

describe('PATCH /api/v1/sites/:site/followups/:id', () => {
  const fresh = () => rows.find((r) => unhappy(r) && r.status === 'new' && !r.owner)!;
  const stored = async (id: string) => env.DB.prepare('SELECT status, owner, note FROM followups WHERE response_id = ?1').bind(id).first();

  it('lets a responder set the status and take the item', async () => {
    const r = fresh();
    const res = await call(responder, `/api/v1/sites/acme/followups/${r.id}`, { method: 'PATCH', json: { status: 'contacted', owner: ids['rita@acme.test'] } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'contacted', owner: ids['rita@acme.test'], ownerEmail: 'rita@acme.test' });
    r.status = 'contacted';
    r.owner = ids['rita@acme.test']!;
  });

  it('refuses (400) an owner who is not one of the site’s people, and changes nothing', async () => {
    const r = fresh();
    await env.DB.prepare("INSERT INTO users (id, email, password_hash, role, disabled_at, created_at) VALUES ('gone-1', 'gone@acme.test', 'x', 'responder', 1, 1)").run();
    for (const owner of [ids['vera@acme.test'], ids['otto@other.test'], 'gone-1', 'Giulia', crypto.randomUUID()]) {
      const res = await call(admin, `/api/v1/sites/acme/followups/${r.id}`, { method: 'PATCH', json: { status: 'resolved', owner } });
      expect(res.status, owner).toBe(400);
      expect(((await res.json()) as { error: { issues: { path: string }[] } }).error.issues[0]!.path).toBe('owner');
      expect(await stored(r.id)).toBeNull();
    }
    expect((await call(viewer, `/api/v1/sites/acme/followups/${r.id}`, { method: 'PATCH', json: { status: 'resolved' } })).status).toBe(403);
    expect(await stored(r.id)).toBeNull();
  });

  it('keeps the page working when an owner’s account is removed', async () => {
    await addUser('temp@acme.test', 'a long password 1', 'admin');
    const tempId = (await env.DB.prepare("SELECT id FROM users WHERE email = 'temp@acme.test'").first<{ id: string }>())!.id;
    const r = fresh();
    expect((await call(admin, `/api/v1/sites/acme/followups/${r.id}`, { method: 'PATCH', json: { owner: tempId } })).status).toBe(200);
    await env.DB.prepare('DELETE FROM users WHERE id = ?1').bind(tempId).run();
    const item = (await all(admin, { status: 'new' })).find((i) => i.response.id === r.id)!;
    expect(item).toMatchObject({ owner: tempId, ownerEmail: null });
    // Another change keeps the former owner unless the patch names one.
    const res = await call(admin, `/api/v1/sites/acme/followups/${r.id}`, { method: 'PATCH', json: { note: 'Left a message' } });
    expect(await res.json()).toMatchObject({ owner: tempId, note: 'Left a message' });
    await env.DB.prepare('DELETE FROM followups WHERE response_id = ?1').bind(r.id).run();
  });
});

describe('the helpdesk link (site setting ticketUrl)', () => {
  const settings = () => json<{ ticketUrl: string | null }>(admin, '/api/v1/sites/acme/settings');

  it('refuses what is not an http(s) address with {ticket}, or too long, and changes nothing', async () => {
    for (const bad of ['acme.zendesk.com/{ticket}', 'javascript:alert(1)//{ticket}', 'https://acme.zendesk.com/tickets/', 'ftp://x.test/{ticket}', `https://x.test/${'a'.repeat(500)}{ticket}`, 'https://x .test/{ticket}', 42]) {
      const res = await call(admin, '/api/v1/sites/acme/settings', { method: 'PATCH', json: { ticketUrl: bad } });
      expect(res.status, String(bad)).toBe(400);
      expect((await settings()).ticketUrl).toBeNull();
    }
  });

  it('stores a template, shows it to every reader of the site, and removes it with ""', async () => {
    const url = 'https://acme.zendesk.com/agent/tickets/{ticket}';
    const res = await call(admin, '/api/v1/sites/acme/settings', { method: 'PATCH', json: { ticketUrl: url } });
    expect(await res.json()).toMatchObject({ ticketUrl: url });
    expect((await settings()).ticketUrl).toBe(url);
    const list = await json<SiteList>(viewer, '/api/v1/sites');
    expect(list.sites.find((s) => s.id === 'acme')!.ticketUrl).toBe(url);
    expect((await call(responder, '/api/v1/sites/acme/settings', { method: 'PATCH', json: { ticketUrl: url } })).status).toBe(403);
    await call(admin, '/api/v1/sites/acme/settings', { method: 'PATCH', json: { ticketUrl: '' } });
    expect((await settings()).ticketUrl).toBeNull();
    expect((await json<SiteList>(viewer, '/api/v1/sites')).sites.find((s) => s.id === 'acme')!.ticketUrl).toBeNull();
  });
});
