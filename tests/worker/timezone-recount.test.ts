// A time-zone change recounted in chunks (worker/src/db/timezone.ts): the PATCH answers at once with a
// pending recount, the chunks end where a full recomputation does, and answers and links written,
// changed or erased between chunks, or a second change mid-recount, are counted exactly once.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { erase } from '../../worker/src/db/browse';
import { upsertResponses, type ResponseRow } from '../../worker/src/db/responses';
import { addSql, linksSql } from '../../worker/src/db/rollups';
import { startZoneChangeQueries } from '../../worker/src/db/timezone';
import { recountChunk, recountPending, runRecounts } from '../../worker/src/db/zone-recount';
import { createSite } from './setup/fixtures';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { prng } from './setup/prng';

const H = 3_600_000;
const db = env.DB;
let admin: Session;

/** A seeded PRNG (mulberry32), so a failure can be replayed. */

const T0 = Date.parse('2026-03-26T00:00:00Z'); // the days around Rome's change to summer time

function row(site: string, id: string, at: number, random: () => number): ResponseRow {
  return {
    id, site, survey: 'support', ticket: `T-${id}`, csat: 1 + Math.floor(random() * 5), ces: null, nps: Math.floor(random() * 11), comment: null, aspects: null,
    lang: random() < 0.5 ? 'it' : 'en', source: 'widget', verified: 0, agent: random() < 0.5 ? 'mario' : 'luca', channel: 'chat', customer: null, page: null,
    createdAt: at, updatedAt: at,
  };
}

/** Answers through the collector's own write (with its rollups) and links through their triggers. */
async function write(site: string, rows: ResponseRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 50) await upsertResponses(db, rows.slice(i, i + 50));
  await db.batch(
    rows.map((r, i) =>
      db.prepare(`INSERT INTO links (id, site_id, survey_id, ticket, agent, channel, created_at, expires_at, answered_at) VALUES (?1, ?2, 'support', ?3, ?4, 'chat', ?5, ?6, ?7)`)
        .bind(`l-${r.id}`, site, r.ticket, r.agent, r.createdAt, r.createdAt + 30 * 24 * H, i % 3 === 0 ? r.createdAt + H : null),
    ),
  );
}

function rows(site: string, prefix: string, n: number, random: () => number, from = T0, hours = 6 * 24): ResponseRow[] {
  return Array.from({ length: n }, (_, i) => row(site, `${site}-${prefix}${i}`, from + Math.floor(random() * hours * H), random));
}

/** What the PATCH does, without its waitUntil: the new zone and a pending recount, in one batch. */
async function startChange(site: string, zone: string): Promise<void> {
  await db.batch([
    ...startZoneChangeQueries(site, zone, undefined, Date.now()).map(([sql, params]) => db.prepare(sql).bind(...params)),
    db.prepare("UPDATE sites SET settings = json_set(settings, '$.timezone', ?2) WHERE id = ?1").bind(site, zone),
  ]);
}

/** The site's per-day counts, every column, zero rows left out. */
async function rollups(site: string): Promise<Record<string, unknown>[]> {
  const { results } = await db
    .prepare(`SELECT * FROM daily_rollups WHERE site_id = ?1 AND (responses <> 0 OR links_issued <> 0 OR links_opened <> 0 OR links_answered <> 0) ORDER BY day, dim, survey_id, value`)
    .bind(site)
    .all();
  return results;
}

/** The site's per-day counts, then the same recomputed from its rows under its current zone (as `rollups rebuild`). */
async function recomputed(site: string): Promise<{ before: unknown[]; after: unknown[] }> {
  expect(await recountPending(db, site)).toBe(false);
  const before = await rollups(site);
  await db.batch([
    db.prepare('DELETE FROM daily_rollups WHERE site_id = ?1').bind(site),
    db.prepare(addSql('r.site_id = ?1')).bind(site),
    db.prepare(linksSql('l.site_id = ?1')).bind(site),
  ]);
  const after = await rollups(site);
  return { before, after };
}

async function finish(site: string, limit: number): Promise<number> {
  let chunks = 0;
  while (!(await recountChunk(db, site, limit))) chunks++;
  return chunks + 1;
}

async function expectExact(site: string): Promise<void> {
  const { before, after } = await recomputed(site);
  expect(before.length).toBeGreaterThan(0);
  expect(before).toEqual(after);
  const negative = await db.prepare('SELECT count(*) AS n FROM daily_rollups WHERE site_id = ?1 AND (responses < 0 OR links_issued < 0 OR links_answered < 0)').bind(site).first<{ n: number }>();
  expect(negative!.n).toBe(0);
}

beforeAll(async () => {
  await addUser('boss@recount.test', 'a long password', 'admin');
  admin = await signIn('boss@recount.test', 'a long password');
});

describe('a time-zone change recounted in chunks', () => {
  it('answers the PATCH at once with recount.pending, shows it in the settings, and the cron finishes it', async () => {
    await createSite('patched');
    await write('patched', rows('patched', 'a', 200, prng(1)));
    const res = await call(admin, '/api/v1/sites/patched/settings', { method: 'PATCH', json: { timezone: 'Europe/Rome' } });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ timezone: 'Europe/Rome', recount: { pending: true } });
    await runRecounts(db, 60_000);
    const settings = await (await call(admin, '/api/v1/sites/patched/settings')).json<{ recount: { pending: boolean } }>();
    expect(settings.recount).toEqual({ pending: false });
    await expectExact('patched');
  });

  it('in several chunks ends with the counts a full recomputation gives, the site listed as recounting until then', async () => {
    await createSite('chunks');
    await write('chunks', rows('chunks', 'a', 400, prng(2)));
    await startChange('chunks', 'Europe/Rome');
    const listed = async () => (await (await call(admin, '/api/v1/sites')).json<{ sites: { id: string; recounting?: boolean }[] }>()).sites.find((s) => s.id === 'chunks');
    expect(await listed()).toMatchObject({ recounting: true }); // the dashboard's note over the numbers
    expect(await finish('chunks', 60)).toBeGreaterThanOrEqual(13); // 800 rows (answers and links), 60 a chunk
    expect((await listed())!.recounting).toBeUndefined();
    await expectExact('chunks');
  });

  it('counts answers and links written, changed and erased between chunks exactly once', async () => {
    await createSite('busy');
    const random = prng(3);
    const first = rows('busy', 'a', 300, random);
    await write('busy', first);
    await startChange('busy', 'Europe/Rome');
    for (let round = 0; round < 4; round++) {
      expect(await recountChunk(db, 'busy', 70)).toBe(false);
      // New answers and links behind the cursor and ahead of it (an answer queued offline comes late).
      await write('busy', rows('busy', `n${round}-`, 20, random));
      // Answers changed within the change window: a follow-up's new scores, on both sides of the cursor.
      const changed = first.filter((_, i) => i % 17 === round).map((r) => ({ ...r, nps: (r.nps! + 5) % 11, csat: null, updatedAt: r.createdAt + H }));
      await upsertResponses(db, changed);
      // Links opened and answered, and tickets erased (answers and links with them).
      await db.prepare("UPDATE links SET opened_at = created_at + 60000 WHERE site_id = 'busy' AND opened_at IS NULL AND id IN (SELECT id FROM links WHERE site_id = 'busy' ORDER BY id LIMIT 15)").run();
      for (const r of first.filter((_, i) => i % 29 === round)) await erase(db, 'busy', 'ticket', r.ticket!);
    }
    await finish('busy', 70);
    await expectExact('busy');
  });

  it('restarts cleanly on a second change mid-recount, and on a third before any chunk', async () => {
    await createSite('twice');
    const random = prng(4);
    await write('twice', rows('twice', 'a', 300, random));
    await startChange('twice', 'Europe/Rome');
    await recountChunk(db, 'twice', 80);
    await recountChunk(db, 'twice', 80);
    await write('twice', rows('twice', 'b', 30, random));
    await startChange('twice', 'Asia/Kolkata');
    await recountChunk(db, 'twice', 80);
    await write('twice', rows('twice', 'c', 30, random));
    await erase(db, 'twice', 'ticket', 'T-twice-a7');
    await startChange('twice', 'America/New_York');
    await startChange('twice', 'Australia/Adelaide');
    await write('twice', rows('twice', 'd', 30, random));
    await finish('twice', 80);
    await expectExact('twice');
    const left = await db.prepare("SELECT count(*) AS n FROM zone_recount_offsets WHERE site_id = 'twice'").first<{ n: number }>();
    expect(left!.n).toBe(0);
  });
});
