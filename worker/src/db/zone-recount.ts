// Running a time-zone recount (the SQL and why it is exact: ./timezone.ts): one chunk, a site's chunks
// for a while (the PATCH's waitUntil), every pending site's (the cron). Apart so the admin CLI, which
// imports the SQL, needs no Workers types.
import { RECOUNT_CHUNK, recountChunkQueries } from './timezone';

/** Runs one chunk of `site`'s recount; true when it is finished (or none was pending). */
export async function recountChunk(db: D1Database, site: string, limit = RECOUNT_CHUNK): Promise<boolean> {
  const results = await db.batch(recountChunkQueries(site, limit).map(([sql, params]) => db.prepare(sql).bind(...params)));
  return results.at(-1)!.results.length > 0 || !(await recountPending(db, site));
}

export async function recountPending(db: D1Database, site: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 FROM zone_recounts WHERE site_id = ?1').bind(site).first()) !== null;
}

/** Chunks of `site`'s recount until it is done or `budgetMs` is spent; the number of chunks run. */
export async function recountSite(db: D1Database, site: string, budgetMs: number, limit = RECOUNT_CHUNK): Promise<number> {
  let chunks = 0;
  for (const started = Date.now(); Date.now() - started < budgetMs; ) {
    chunks++;
    if (await recountChunk(db, site, limit)) break;
  }
  return chunks;
}

/**
 * Chunks of every pending recount, oldest first, until all are done or `budgetMs` is spent (the cron,
 * and the PATCH's waitUntil). Returns the number of chunks run.
 */
export async function runRecounts(db: D1Database, budgetMs: number, limit = RECOUNT_CHUNK): Promise<number> {
  const started = Date.now();
  let chunks = 0;
  const { results } = await db.prepare('SELECT site_id FROM zone_recounts ORDER BY started_at').all<{ site_id: string }>();
  for (const { site_id } of results) chunks += await recountSite(db, site_id, budgetMs - (Date.now() - started), limit);
  return chunks;
}
