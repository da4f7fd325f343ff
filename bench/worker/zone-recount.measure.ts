// `npm run bench:recount`: what a zone change costs in chunks at 100,000 answers (and 30,000 links)
// over 90 days — the time of each chunk and their number, beside the same change as one batch — inside
// workerd with a local D1. A measurement, not a test (too heavy for CI): the counts are checked, the
// times are printed. The chunked recount's correctness is tested in tests/worker/timezone-recount.test.ts.
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { addSql, linksSql } from '../../worker/src/db/rollups';
import { RECOUNT_CHUNK, recountChunkQueries, startZoneChangeQueries, zoneChangeQueries } from '../../worker/src/db/timezone';
import { createSite } from '../../tests/worker/setup/fixtures';

const db = env.DB;
const N = 100_000;
const LINKS = 30_000;
const DAYS = 90;

describe('a zone change on 100,000 answers', () => {
  it('moves them in chunks of bounded time, and the totals stay', async () => {
    await createSite('big');
    const start = Date.now() - DAYS * 86_400_000;
    const step = Math.floor((DAYS * 86_400_000) / N);
    // Rows straight into D1 (a recursive series), then their rollups in one statement each.
    await db.batch([
      db.prepare(
        `INSERT INTO responses (id, site_id, survey_id, ticket, csat, nps, lang, source, agent, channel, created_at, updated_at)
         WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 - 1)
         SELECT 'big-' || i, 'big', 'support', 'T-' || i, 1 + i % 5, i % 11, CASE i % 3 WHEN 0 THEN 'it' ELSE 'en' END, CASE i % 4 WHEN 0 THEN 'email' ELSE 'widget' END,
                'agent-' || (i % 12), CASE i % 2 WHEN 0 THEN 'chat' ELSE 'email' END, ?2 + i * ?3, ?2 + i * ?3 FROM n`,
      ).bind(N, start, step),
      db.prepare(
        `INSERT INTO links (id, site_id, survey_id, ticket, agent, channel, created_at, expires_at, answered_at)
         WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ?1 - 1)
         SELECT 'lbig-' || i, 'big', 'support', 'T-' || i, 'agent-' || (i % 12), 'chat', ?2 + i * ?3, ?2 + i * ?3 + 86400000, NULL FROM n`,
      ).bind(LINKS, start, Math.floor((DAYS * 86_400_000) / LINKS)),
      db.prepare("DELETE FROM daily_rollups WHERE site_id = 'big'"),
      db.prepare(addSql("r.site_id = 'big'")),
      db.prepare(linksSql("l.site_id = 'big'")),
    ]);
    const totals = () => db.prepare("SELECT sum(responses) AS r, sum(links_issued) AS l FROM daily_rollups WHERE site_id = 'big' AND dim = 'all'").first<{ r: number; l: number }>();
    expect(await totals()).toEqual({ r: N, l: LINKS });

    await db.batch(startZoneChangeQueries('big', 'Europe/Rome', undefined, Date.now()).map(([sql, params]) => db.prepare(sql).bind(...params)));
    // D1's own time per chunk (the statements' meta.duration): the Worker's clock stands still during I/O.
    const times: number[] = [];
    for (let done = false; !done; ) {
      const results = await db.batch(recountChunkQueries('big').map(([sql, params]) => db.prepare(sql).bind(...params)));
      times.push(results.reduce((sum, r) => sum + r.meta.duration, 0));
      done = results.at(-1)!.results.length > 0;
    }
    const sorted = [...times].sort((a, b) => a - b);
    const total = times.reduce((a, b) => a + b, 0);
    console.log(
      `zone recount of ${N.toLocaleString('en')} answers and ${LINKS.toLocaleString('en')} links in chunks of ${RECOUNT_CHUNK}: ${times.length} chunks, ` +
        `D1 time per chunk median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, max ${sorted.at(-1)!.toFixed(0)} ms, total ${(total / 1000).toFixed(1)} s`,
    );
    // Each chunk takes its share (a few more when rows share a millisecond); the last finds the end.
    expect(times.length).toBeGreaterThanOrEqual(Math.ceil((N + LINKS) / RECOUNT_CHUNK) - 1);
    expect(times.length).toBeLessThanOrEqual(Math.ceil((N + LINKS) / RECOUNT_CHUNK) + 1);
    expect(await totals()).toEqual({ r: N, l: LINKS });

    // The baseline, in the same run: the change back to UTC as one batch (what the PATCH did before,
    // and what the admin CLI still does).
    const one = await db.batch(zoneChangeQueries('big', 'UTC', undefined, Date.now()).map(([sql, params]) => db.prepare(sql).bind(...params)));
    console.log(`the same change as one batch: ${(one.reduce((sum, r) => sum + r.meta.duration, 0) / 1000).toFixed(1)} s of D1 time in one call`);
    expect(await totals()).toEqual({ r: N, l: LINKS });
  }, 600_000);
});
