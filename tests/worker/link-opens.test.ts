// "Opened by a person" (POST /api/v1/links/opened): the survey page's script reports the first tap,
// click or key press once per link; GETs, HEADs, forged, expired and template tokens count nothing;
// the per-day counts follow the links rows through answers, erasure and retention, and the summary's
// funnel (issued → opened → answered) and answers per source equal a recomputation from the rows.
import { createExecutionContext, env, SELF } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Filters, Summary } from '../../shared/api';
import { insertLink, markAnsweredStatement, siteSecret } from '../../worker/src/db/links';
import { dailyRetention } from '../../worker/src/db/retention';
import { upsertResponse } from '../../worker/src/db/responses';
import { rebuildSql } from '../../worker/src/db/rollups';
import app from '../../worker/src/index';
import { signToken } from '../../worker/src/links/token';
import { addUser, BASE, call, signIn, type Session } from './setup/dashboard';
import { anyClient, createApiKey, createSite } from './setup/fixtures';
import { prng } from './setup/prng';

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const TODAY = Date.parse(`${dayOf(Date.now())}T00:00:00Z`);

let key: string;
let admin: Session;

beforeEach(async () => {
  await createSite('acme');
  key = await createApiKey('acme');
  await addUser('boss@acme.test', 'a long password', 'admin');
  admin = await signIn('boss@acme.test', 'a long password');
});

async function issue(ticket: string, extra: Record<string, unknown> = {}): Promise<{ url: string; token: string }> {
  const res = await SELF.fetch(`${BASE}/api/v1/links`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ ticket, agent: 'mario', ...extra }),
  });
  expect(res.status).toBe(201);
  const { url } = (await res.json()) as { url: string };
  return { url, token: url.split('/s/')[1]! };
}

/** What the page script sends: JSON in a text/plain body, from the page's own origin. */
function opened(token: string, init: { body?: string; type?: string; origin?: string | null } = {}): Promise<Response> {
  const headers: Record<string, string> = { 'Content-Type': init.type ?? 'text/plain;charset=UTF-8', 'CF-Connecting-IP': anyClient() };
  const origin = init.origin === undefined ? BASE : init.origin;
  if (origin) headers.Origin = origin;
  return SELF.fetch(`${BASE}/api/v1/links/opened`, { method: 'POST', headers, body: init.body ?? JSON.stringify({ token }) });
}

const linkRow = (ticket: string) =>
  env.DB.prepare('SELECT id, created_at, opened_at, answered_at FROM links WHERE site_id = ?1 AND ticket = ?2').bind('acme', ticket).first<{
    id: string;
    created_at: number;
    opened_at: number | null;
    answered_at: number | null;
  }>();

type Funnel = { issued: number; opened: number; answered: number };

/** The per-day counts of a site summed over every day (the 'all' cell), and per day. */
async function rolled(site = 'acme'): Promise<Funnel> {
  return (await env.DB.prepare(
    `SELECT coalesce(sum(links_issued), 0) AS issued, coalesce(sum(links_opened), 0) AS opened, coalesce(sum(links_answered), 0) AS answered
       FROM daily_rollups WHERE site_id = ?1 AND dim = 'all'`,
  )
    .bind(site)
    .first<Funnel>())!;
}
async function rolledOn(day: string, site = 'acme'): Promise<Funnel> {
  return (await env.DB.prepare(
    `SELECT coalesce(sum(links_issued), 0) AS issued, coalesce(sum(links_opened), 0) AS opened, coalesce(sum(links_answered), 0) AS answered
       FROM daily_rollups WHERE site_id = ?1 AND dim = 'all' AND day = ?2`,
  )
    .bind(site, day)
    .first<Funnel>())!;
}
async function fromRows(site = 'acme'): Promise<Funnel> {
  return (await env.DB.prepare('SELECT count(*) AS issued, count(opened_at) AS opened, count(answered_at) AS answered FROM links WHERE site_id = ?1')
    .bind(site)
    .first<Funnel>())!;
}

/** Every rollup row, to compare with what `rollups rebuild` makes from the rows. */
const snapshot = async () =>
  (await env.DB.prepare('SELECT * FROM daily_rollups WHERE responses <> 0 OR links_issued <> 0 OR links_opened <> 0 OR links_answered <> 0 ORDER BY site_id, dim, day, survey_id, value').all())
    .results;

describe('POST /api/v1/links/opened', () => {
  it('counts a link opened by a person once, on the day the link was issued, however often it is called', async () => {
    const { token } = await issue('T-open');
    expect(await rolled()).toEqual({ issued: 1, opened: 0, answered: 0 });
    const first = await opened(token);
    expect(first.status).toBe(204);
    const row = await linkRow('T-open');
    expect(row!.opened_at).toBeGreaterThan(0);
    for (let i = 0; i < 3; i++) expect((await opened(token)).status).toBe(204);
    expect((await linkRow('T-open'))!.opened_at).toBe(row!.opened_at);
    expect(await rolled()).toEqual({ issued: 1, opened: 1, answered: 0 });

    // A link issued three days ago and opened today counts on its issue day, like its answer would.
    const id = 'l-three-days';
    const issuedAt = TODAY - 3 * DAY + 3_600_000;
    await insertLink(env.DB, { id, site: 'acme', survey: 'support', ticket: 'T-old-open', agent: 'luca', channel: 'email', customer: null, lang: 'it', createdAt: issuedAt, expiresAt: Date.now() + DAY });
    const old = await signToken({ i: id, s: 'acme', v: 'support', t: 'T-old-open', a: 'luca', c: 'email', e: Math.floor(Date.now() / 1000) + 3600 }, (await siteSecret(env.DB, 'acme'))!);
    expect((await opened(old)).status).toBe(204);
    expect(await rolledOn(dayOf(issuedAt))).toEqual({ issued: 1, opened: 1, answered: 0 });
    expect(await rolledOn(dayOf(Date.now()))).toEqual({ issued: 1, opened: 1, answered: 0 });
    // In every cell it belongs to: agent luca, channel email, lang it, source email, verified 1.
    const cells = await env.DB.prepare("SELECT dim, value, links_opened FROM daily_rollups WHERE site_id = 'acme' AND day = ?1 AND links_opened <> 0 ORDER BY dim")
      .bind(dayOf(issuedAt))
      .all<{ dim: string; value: string; links_opened: number }>();
    expect(cells.results).toHaveLength(29);
    expect(cells.results.every((c) => c.links_opened === 1)).toBe(true);
  });

  it('takes the token as JSON with any content type, and refuses a body without one with 400', async () => {
    const { token } = await issue('T-json');
    expect((await opened(token, { type: 'application/json' })).status).toBe(204);
    expect((await linkRow('T-json'))!.opened_at).not.toBeNull();
    for (const body of ['{}', '{"token": 42}', 'not json', '', `{"token": "${'a'.repeat(2000)}"}`]) {
      const res = await opened(token, { body });
      expect(res.status, body).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toMatch(/^(invalid_request|invalid_json|empty_body)$/);
    }
  });

  it('counts nothing for GET and HEAD of the page, whatever score they ask for', async () => {
    const { url } = await issue('T-scanner');
    for (let n = 0; n <= 10; n++) {
      for (const method of ['GET', 'HEAD']) {
        const res = await SELF.fetch(`${url}?score=${n}`, { method, headers: { 'CF-Connecting-IP': anyClient() } });
        expect(res.status).toBe(200);
        await res.arrayBuffer();
      }
    }
    expect(await linkRow('T-scanner')).toMatchObject({ opened_at: null, answered_at: null });
    expect(await rolled()).toEqual({ issued: 1, opened: 0, answered: 0 });
  });

  it('refuses forged, altered and unknown tokens with the page’s one 403 body, and expired ones with 410', async () => {
    const { token } = await issue('T-forged');
    const secret = (await siteSecret(env.DB, 'acme'))!;
    const unknown = await signToken({ i: 'no-such-link', s: 'acme', v: 'support', t: 'T-forged', e: Math.floor(Date.now() / 1000) + 3600 }, secret);
    const altered = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
    const bodies = new Set<string>();
    for (const bad of ['forged.token', 'x'.repeat(40), altered, unknown]) {
      const res = await opened(bad);
      expect(res.status, bad).toBe(403);
      bodies.add(await res.text());
    }
    expect(bodies.size).toBe(1);
    expect(JSON.parse([...bodies][0]!)).toMatchObject({ error: { code: 'invalid_link' } });

    const expiredId = 'l-expired';
    await insertLink(env.DB, { id: expiredId, site: 'acme', survey: 'support', ticket: 'T-expired', agent: null, channel: null, customer: null, lang: null, createdAt: Date.now() - 40 * DAY, expiresAt: Date.now() - DAY });
    const expired = await signToken({ i: expiredId, s: 'acme', v: 'support', t: 'T-expired', e: Math.floor((Date.now() - DAY) / 1000) }, secret);
    const res = await opened(expired);
    expect(res.status).toBe(410);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('link_expired');
    // The page answers the same statuses for the same tokens.
    expect((await SELF.fetch(`${BASE}/s/${expired}`, { headers: { 'CF-Connecting-IP': anyClient() } })).status).toBe(410);
    expect((await SELF.fetch(`${BASE}/s/${unknown}`, { headers: { 'CF-Connecting-IP': anyClient() } })).status).toBe(403);

    expect(await fromRows()).toEqual({ issued: 2, opened: 0, answered: 0 });
    expect(await rolled()).toEqual({ issued: 2, opened: 0, answered: 0 });
  });

  it('refuses a call from another site’s page with 403, and counts nothing', async () => {
    const { token } = await issue('T-cross');
    expect((await opened(token, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await linkRow('T-cross'))!.opened_at).toBeNull();
  });

  it('records nothing for a template link (it has no row): 204, and no count changes', async () => {
    await env.DB.prepare(`UPDATE sites SET settings = '{"templateLinks":{"enabled":true}}' WHERE id = 'acme'`).run();
    await issue('T-signed');
    const res = await SELF.fetch(`${BASE}/s/acme/T-template?score=4`, { redirect: 'manual', headers: { 'CF-Connecting-IP': anyClient() } });
    expect(res.status).toBe(302);
    const token = res.headers.get('location')!.split('/s/')[1]!.split('?')[0]!;
    const before = await snapshot();
    expect((await opened(token)).status).toBe(204);
    expect(await snapshot()).toEqual(before);
    expect(await fromRows()).toEqual({ issued: 1, opened: 0, answered: 0 });
    expect(await rolled()).toEqual({ issued: 1, opened: 0, answered: 0 });
  });

  it('is rate-limited like a visit of the page: 429 with Retry-After when one token calls too often', async () => {
    const { token } = await issue('T-busy');
    let limited: Response | undefined;
    // 250 > 2 × 100 a minute: even if the window ends mid-loop, one of the two fills up.
    for (let i = 0; i < 250 && !limited; i++) {
      const req = new Request(`${BASE}/api/v1/links/opened`, { method: 'POST', headers: { 'CF-Connecting-IP': anyClient() }, body: JSON.stringify({ token }) });
      const res = await app.fetch(req, env, createExecutionContext());
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(204);
    }
    expect(limited?.headers.get('retry-after')).toBe('60');
  }, 60_000);

  it('counts an answer as opened too, so answered never exceeds opened (also without JavaScript)', async () => {
    const { token } = await issue('T-nojs');
    const res = await SELF.fetch(`${BASE}/s/${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'CF-Connecting-IP': anyClient() },
      body: 'nps=9',
      redirect: 'manual',
    });
    expect(res.status).toBe(303);
    const row = await linkRow('T-nojs');
    expect(row!.answered_at).toBeGreaterThan(0);
    expect(row!.opened_at).toBe(row!.answered_at);
    // Opened first, answered later: the open time stays.
    const { token: t2 } = await issue('T-js');
    await opened(t2);
    const openedAt = (await linkRow('T-js'))!.opened_at;
    await env.DB.batch([markAnsweredStatement(env.DB, (await linkRow('T-js'))!.id, openedAt! + 5000)]);
    expect(await linkRow('T-js')).toMatchObject({ opened_at: openedAt, answered_at: openedAt! + 5000 });
    expect(await rolled()).toEqual({ issued: 2, opened: 2, answered: 2 });
  });
});

describe('the per-day opened counts', () => {
  it('follow an erasure: the erased links are subtracted, issued, opened and answered alike', async () => {
    const a = await issue('T-erase', { customer: 'c-1' });
    await issue('T-erase');
    const b = await issue('T-keep', { customer: 'c-2' });
    await opened(a.token);
    await opened(b.token);
    expect(await rolled()).toEqual({ issued: 3, opened: 2, answered: 0 });
    expect((await call(admin, '/api/v1/sites/acme/tickets/T-erase', { method: 'DELETE' })).status).toBeLessThan(300);
    expect(await fromRows()).toEqual({ issued: 1, opened: 1, answered: 0 });
    expect(await rolled()).toEqual({ issued: 1, opened: 1, answered: 0 });
    expect((await call(admin, '/api/v1/sites/acme/customers/c-2', { method: 'DELETE' })).status).toBeLessThan(300);
    expect(await rolled()).toEqual({ issued: 0, opened: 0, answered: 0 });
    // And equal what `rollups rebuild` recomputes from the rows.
    const kept = await snapshot();
    await env.DB.batch(rebuildSql().map((sql) => env.DB.prepare(sql)));
    expect(await snapshot()).toEqual(kept);
  });

  it('stay when retention erases old links, so an old period’s funnel is unchanged', async () => {
    await env.DB.prepare("UPDATE sites SET settings = '{\"retentionDays\":30}' WHERE id = 'acme'").run();
    const old = TODAY - 40 * DAY + 10 * 3_600_000;
    const ids = JSON.stringify(Array.from({ length: 20 }, (_, i) => `old-${i + 1}`));
    await env.DB.prepare(
      `INSERT INTO links (id, site_id, survey_id, ticket, agent, channel, created_at, expires_at)
       SELECT value, 'acme', 'support', 'T-' || value, 'luca', 'email', ?1, ?1 + 30 * 86400000 FROM json_each(?2)`,
    )
      .bind(old, ids)
      .run();
    await env.DB.prepare("UPDATE links SET opened_at = created_at + 60000 WHERE id IN ('old-1','old-2','old-3','old-4','old-5','old-6','old-7','old-8')").run();
    await env.DB.batch(['old-1', 'old-2', 'old-3'].map((id) => markAnsweredStatement(env.DB, id, old + 120_000)));
    const day = dayOf(old);
    const before = await summary(`from=${day}&to=${day}`);
    expect(before.current.links).toMatchObject({ issued: 20, opened: 8, answered: 3 });

    const purged = await dailyRetention(env.DB, Date.now());
    expect(purged![0]).toMatchObject({ site: 'acme', links: 20, done: true });
    expect(await fromRows()).toEqual({ issued: 0, opened: 0, answered: 0 });
    expect((await summary(`from=${day}&to=${day}`)).current.links).toEqual(before.current.links);
    expect(await env.DB.prepare('SELECT count(*) AS n FROM daily_rollups WHERE links_opened < 0 OR links_issued < 0 OR links_answered < 0').first('n')).toBe(0);
  });
});

async function summary(query: string): Promise<Summary> {
  const res = await call(admin, `/api/v1/sites/acme/summary?${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as Summary;
}

describe('the summary’s links funnel and answers per source', () => {
  const rand = prng(20261124);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const maybe = <T>(x: T): T | null => (rand() < 0.2 ? null : x);

  /** What the summary must say, computed here from the rows of `links` and `responses`. */
  async function expected(f: Filters, from: number, to: number) {
    const where = (alias: string) => {
      const clauses = [`${alias}site_id = 'acme'`, `${alias}created_at >= ${from}`, `${alias}created_at < ${to}`];
      for (const [col, val] of [['survey_id', f.survey], ['agent', f.agent], ['channel', f.channel], ['lang', f.lang]] as const) {
        if (val !== undefined) clauses.push(`${alias}${col} = '${val}'`);
      }
      return clauses.join(' AND ');
    };
    // Links are signed email links: no widget answer and no unverified one ever has one.
    const none = f.source === 'widget' || f.verified === '0';
    const l = none
      ? { issued: 0, opened: 0, answered: 0 }
      : (await env.DB.prepare(`SELECT count(*) AS issued, count(opened_at) AS opened, count(answered_at) AS answered FROM links WHERE ${where('')}`).first<Funnel>())!;
    let rw = where('');
    if (f.source) rw += ` AND source = '${f.source}'`;
    if (f.verified) rw += ` AND verified = ${f.verified}`;
    const { results } = await env.DB.prepare(`SELECT source, count(*) AS n FROM responses WHERE ${rw} GROUP BY source`).all<{ source: string; n: number }>();
    const n = (s: string) => results.find((r) => r.source === s)?.n ?? 0;
    return {
      links: {
        ...l,
        rate: l.issued ? (100 * l.answered) / l.issued : null,
        openRate: l.issued ? (100 * l.opened) / l.issued : null,
        openedAnswerRate: l.opened ? (100 * l.answered) / l.opened : null,
      },
      sources: { widget: n('widget'), email: n('email') },
    };
  }

  it('equal a recomputation from the links and responses rows, for the period and the one before, with filters', async () => {
    // 14 days of links: issued through the triggers, some opened by a person, some of those answered.
    const statements: D1PreparedStatement[] = [];
    for (let i = 0; i < 160; i++) {
      // Any time of the 14 days up to today, some on the first or last millisecond of a day.
      const at = TODAY - Math.floor(rand() * 14) * DAY + (rand() < 0.1 ? pick([0, DAY - 1]) : Math.floor(rand() * DAY));
      const id = `f-${i}`;
      await insertLink(env.DB, {
        id,
        site: 'acme',
        survey: pick(['support', 'nps-only']),
        ticket: `F-${i}`,
        agent: maybe(pick(['mario', 'giulia', 'luca'])),
        channel: maybe(pick(['chat', 'email'])),
        customer: null,
        lang: maybe(pick(['it', 'en'])),
        createdAt: at,
        expiresAt: at + 30 * DAY,
      });
      const r = rand();
      if (r < 0.3) statements.push(markAnsweredStatement(env.DB, id, at + 3_600_000));
      else if (r < 0.6) statements.push(env.DB.prepare('UPDATE links SET opened_at = ?2 WHERE id = ?1').bind(id, at + 60_000));
    }
    await env.DB.batch(statements);
    // Answers from both sources over the same days.
    for (let i = 0; i < 90; i++) {
      const at = TODAY - Math.floor(rand() * 14) * DAY + Math.floor(rand() * DAY);
      const source = rand() < 0.7 ? 'widget' : 'email';
      await upsertResponse(env.DB, {
        id: crypto.randomUUID(),
        site: 'acme',
        survey: pick(['support', 'nps-only']),
        ticket: `A-${i}`,
        csat: null,
        ces: null,
        nps: Math.floor(rand() * 11),
        comment: null,
        aspects: null,
        lang: maybe(pick(['it', 'en'])),
        source,
        verified: source === 'email' || rand() < 0.3 ? 1 : 0,
        agent: maybe(pick(['mario', 'giulia', 'luca'])),
        channel: maybe(pick(['chat', 'email'])),
        customer: null,
        page: null,
        createdAt: at,
        updatedAt: at,
      });
    }
    const totals = await fromRows();
    expect(totals.issued).toBe(160);
    expect(totals.opened).toBeGreaterThan(totals.answered);
    expect(totals.answered).toBeGreaterThan(0);

    const FILTERS: Filters[] = [
      {},
      { survey: 'nps-only' },
      { agent: 'mario' },
      { agent: 'luca', lang: 'it' },
      { channel: 'email', survey: 'support' },
      { source: 'email' },
      { source: 'widget' },
      { verified: '1' },
      { verified: '0' },
      { lang: 'en' },
      { source: 'email', lang: 'it', verified: '1' }, // no rollup cell holds three of these: the raw rows answer
    ];
    const from = dayOf(TODAY - 6 * DAY);
    const to = dayOf(TODAY);
    for (const f of FILTERS) {
      const s = await summary(new URLSearchParams({ from, to, ...f, sources: '1' }).toString());
      const cur = await expected(f, TODAY - 6 * DAY, TODAY + DAY);
      const prev = await expected(f, TODAY - 13 * DAY, TODAY - 6 * DAY);
      expect({ links: s.current.links, sources: s.current.sources }, JSON.stringify(f)).toEqual(cur);
      expect({ links: s.previous.links, sources: s.previous.sources }, `previous ${JSON.stringify(f)}`).toEqual(prev);
    }
    // The whole fortnight in one period: every link counted once.
    const all = await summary(`from=${dayOf(TODAY - 13 * DAY)}&to=${to}&sources=1`);
    expect(all.current.links).toMatchObject(totals);
    expect(all.current.sources!.widget + all.current.sources!.email).toBe(90);
    // Without sources=1 the summary reads and says nothing of them (the overview does not show them).
    const plain = await summary(`from=${dayOf(TODAY - 13 * DAY)}&to=${to}`);
    expect(plain.current.sources).toBeUndefined();
    expect(plain.current.links).toEqual(all.current.links);
    // And the same after `rollups rebuild`.
    await env.DB.batch(rebuildSql().map((sql) => env.DB.prepare(sql)));
    expect((await summary(`from=${dayOf(TODAY - 13 * DAY)}&to=${to}&sources=1`)).current).toEqual(all.current);
  }, 60_000);
});
