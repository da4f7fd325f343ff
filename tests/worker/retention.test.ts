// Retention (SPEC "Sites and people", retentionDays): the daily job erases a site's answers, comments,
// follow-ups, links and webhook events older than its retention, and the per-day counts stay — so the
// summary of an old period still shows its numbers, and its comments are gone from search.
import { env } from 'cloudflare:test';
import { beforeEach, describe, expect, it } from 'vitest';
import { dailyRetention } from '../../worker/src/db/retention';
import { rebuildSql } from '../../worker/src/db/rollups';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { createSite } from './setup/fixtures';

const DAY = 86_400_000;
const NOW = Date.parse('2026-11-24T03:00:00Z');
const OLD = NOW - 40 * DAY; // 2026-10-15
const RECENT = NOW - 5 * DAY;

let admin: Session;

async function rows(site: string, at: number, n: number, comment: string): Promise<void> {
  const ids = Array.from({ length: n }, (_, i) => `${site}-${at}-${i}`);
  await env.DB.batch([
    env.DB.prepare(
      `INSERT INTO responses (id, site_id, survey_id, ticket, nps, csat, comment, source, agent, channel, created_at, updated_at)
       SELECT value, ?1, 'support', 'T-' || value, 2, 1, ?3, 'email', 'luca', 'email', ?2, ?2 FROM json_each(?4)`,
    ).bind(site, at, comment, JSON.stringify(ids)),
    env.DB.prepare(
      `INSERT INTO links (id, site_id, survey_id, ticket, agent, channel, created_at, expires_at, answered_at)
       SELECT 'l-' || value, ?1, 'support', 'T-' || value, 'luca', 'email', ?2, ?2 + 30 * 86400000, ?2 FROM json_each(?3)`,
    ).bind(site, at, JSON.stringify(ids)),
    env.DB.prepare(`INSERT INTO followups (response_id, site_id, status, owner, updated_at) SELECT value, ?1, 'contacted', 'anna', ?2 FROM json_each(?3)`).bind(site, at, JSON.stringify(ids)),
    env.DB.prepare(
      `INSERT INTO webhook_outbox (id, endpoint_id, site_id, response_id, event, payload, created_at, next_at, status)
       SELECT 'msg-' || value, 'ep_' || ?1, ?1, value, 'response.negative', '{}', ?2, ?2, 'delivered' FROM json_each(?3)`,
    ).bind(site, at, JSON.stringify(ids)),
  ]);
}

const count = async (sql: string, ...params: unknown[]) => (await env.DB.prepare(`SELECT count(*) AS n FROM ${sql}`).bind(...params).first<{ n: number }>())!.n;

async function summary(site: string, from: string, to: string) {
  const res = await call(admin, `/api/v1/sites/${site}/summary?from=${from}&to=${to}`);
  expect(res.status).toBe(200);
  return ((await res.json()) as { current: { responses: number; csat: { n: number }; links: { issued: number; answered: number } } }).current;
}

beforeEach(async () => {
  await createSite('acme');
  await createSite('keep');
  await env.DB.prepare("UPDATE sites SET settings = '{\"retentionDays\":30}' WHERE id = 'acme'").run();
  for (const site of ['acme', 'keep']) {
    await env.DB.prepare("INSERT INTO webhook_endpoints (id, site_id, url, events, format, secret, created_at) VALUES (?1, ?2, 'https://h.test/x', '[]', 'standard', 'whsec_x', 0)")
      .bind(`ep_${site}`, site)
      .run();
    await rows(site, OLD, 1200, 'Attesa infinita, vecchio reclamo');
    await rows(site, RECENT, 3, 'Attesa breve, reclamo recente');
  }
  await env.DB.batch(rebuildSql().map((sql) => env.DB.prepare(sql)));
  await addUser('boss@acme.test', 'a long password', 'admin');
  admin = await signIn('boss@acme.test', 'a long password');
});

describe('daily retention', () => {
  it('erases what is older than the site’s retention and keeps the per-day counts', async () => {
    const oldPeriod = await summary('acme', '2026-10-15', '2026-10-15');
    expect(oldPeriod).toMatchObject({ responses: 1200, links: { issued: 1200, answered: 1200 } });

    const purged = await dailyRetention(env.DB, NOW);
    expect(purged).toEqual([{ site: 'acme', responses: 1200, links: 1200, events: 1200, tickets: 0, done: true }]);

    expect(await count("responses WHERE site_id = 'acme'")).toBe(3);
    expect(await count("links WHERE site_id = 'acme'")).toBe(3);
    expect(await count("followups WHERE site_id = 'acme'")).toBe(3); // went with their responses
    expect(await count("webhook_outbox WHERE site_id = 'acme'")).toBe(3);
    expect(await count("comments_fts WHERE comments_fts MATCH 'vecchio'")).toBe(1200); // keep's only
    // The other site, without retentionDays, keeps everything.
    expect(await count("responses WHERE site_id = 'keep'")).toBe(1203);
    // Per-day counts remain: the old period's summary is unchanged, answers and links alike.
    expect(await summary('acme', '2026-10-15', '2026-10-15')).toEqual(oldPeriod);
    // Once a day.
    expect(await dailyRetention(env.DB, NOW + 3_600_000)).toBeNull();
    expect(await dailyRetention(env.DB, NOW + DAY)).toEqual([{ site: 'acme', responses: 0, links: 0, events: 0, tickets: 0, done: true }]);
  });

  it('goes on at the next run when a day’s work is more than one run may do', async () => {
    await rows('acme', OLD - DAY, 3500, 'Ancora più vecchio');
    const first = await dailyRetention(env.DB, NOW);
    expect(first![0]).toMatchObject({ responses: 4000, done: false });
    const second = await dailyRetention(env.DB, NOW + 60_000);
    expect(second![0]).toMatchObject({ responses: 700, done: true });
    expect(await dailyRetention(env.DB, NOW + 120_000)).toBeNull();
  });

  it('is set by admins in the site settings: 7 to 3650 days, or null to keep everything', async () => {
    const patch = (body: unknown) => call(admin, '/api/v1/sites/keep/settings', { method: 'PATCH', json: body });
    expect((await patch({ retentionDays: 90 })).status).toBe(200);
    expect(((await (await call(admin, '/api/v1/sites/keep/settings')).json()) as { retentionDays: number }).retentionDays).toBe(90);
    expect((await patch({ retentionDays: 6 })).status).toBe(400);
    expect((await patch({ retentionDays: null })).status).toBe(200);
    expect(((await (await call(admin, '/api/v1/sites/keep/settings')).json()) as { retentionDays: number | null }).retentionDays).toBeNull();
  });
});
