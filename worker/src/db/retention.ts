// Retention (SPEC "Sites and people", `retentionDays`): once a day, a site's answers, comments, links,
// ticket facts and webhook events older than its retention are erased, a bounded chunk per statement and run so no
// call reads or writes without limit; the cron comes back every minute until the day's work is done.
// The per-day counts stay: rollups are only changed by the statements around a response write or an
// erasure, never by deleting a response, and the `purging` row keeps the links' delete trigger from
// subtracting them (migrations/0008_alerts.sql). Follow-ups go with their responses (ON DELETE CASCADE).
import * as v from 'valibot';
import { SiteSettings } from '../../../shared/schemas';

const DAY = 86_400_000;
/** Rows per statement. */
const CHUNK = 500;
/** Chunks per site and run: at most 4,000 answers a minute per site. */
const ROUNDS = 8;
/** Delivered and failed webhook events, and the log of tries, are kept this long whatever the site's retention. */
export const WEBHOOK_LOG_DAYS = 30;

export interface Purged {
  site: string;
  responses: number;
  links: number;
  events: number;
  /** Ticket facts (of tickets created before the cutoff). */
  tickets: number;
  /** Nothing older is left. */
  done: boolean;
}

/** One site's chunks: until nothing older than `cutoff` is left, or ROUNDS chunks. */
export async function purgeSite(db: D1Database, site: string, cutoff: number): Promise<Purged> {
  const out: Purged = { site, responses: 0, links: 0, events: 0, tickets: 0, done: false };
  const oldResponses = `SELECT id FROM responses INDEXED BY responses_by_site_time WHERE site_id = ?1 AND created_at < ?2 ORDER BY created_at LIMIT ${CHUNK}`;
  for (let round = 0; round < ROUNDS && !out.done; round++) {
    const [, events, responses, links, siteEvents, tickets] = await db.batch<{ id: string }>([
      db.prepare('INSERT OR IGNORE INTO purging (site_id) VALUES (?1)').bind(site),
      db.prepare(`DELETE FROM webhook_outbox WHERE response_id IN (${oldResponses}) RETURNING id`).bind(site, cutoff),
      db.prepare(`DELETE FROM responses WHERE id IN (${oldResponses}) RETURNING id`).bind(site, cutoff),
      db
        .prepare(`DELETE FROM links WHERE id IN (SELECT id FROM links INDEXED BY links_by_site_time WHERE site_id = ?1 AND created_at < ?2 ORDER BY created_at LIMIT ${CHUNK}) RETURNING id`)
        .bind(site, cutoff),
      db
        .prepare(`DELETE FROM webhook_outbox WHERE id IN (SELECT id FROM webhook_outbox INDEXED BY webhook_outbox_by_site_time WHERE site_id = ?1 AND created_at < ?2 LIMIT ${CHUNK}) RETURNING id`)
        .bind(site, cutoff),
      db
        .prepare(`DELETE FROM ticket_facts WHERE site_id = ?1 AND ticket IN (SELECT ticket FROM ticket_facts INDEXED BY ticket_facts_by_site_time WHERE site_id = ?1 AND created_at < ?2 ORDER BY created_at LIMIT ${CHUNK}) RETURNING ticket AS id`)
        .bind(site, cutoff),
      db.prepare('DELETE FROM purging WHERE site_id = ?1').bind(site),
    ]);
    out.responses += responses!.results.length;
    out.links += links!.results.length;
    out.events += events!.results.length + siteEvents!.results.length;
    out.tickets += tickets!.results.length;
    out.done = [responses, links, siteEvents, tickets].every((r) => r!.results.length < CHUNK);
  }
  return out;
}

/**
 * The day's retention work, if not done yet today (UTC): every site with `retentionDays`, then the
 * webhook log of every site. Marks the day done once nothing is left; otherwise the next run goes on.
 */
export async function dailyRetention(db: D1Database, now: number): Promise<Purged[] | null> {
  const today = Math.floor(now / DAY) * DAY;
  const last = await db.prepare("SELECT done_at FROM jobs WHERE name = 'retention'").first<{ done_at: number }>();
  if (last && last.done_at >= today) return null;
  const { results } = await db.prepare("SELECT id, settings FROM sites WHERE settings ->> '$.retentionDays' IS NOT NULL").all<{ id: string; settings: string }>();
  const purged: Purged[] = [];
  for (const s of results) {
    const days = v.parse(SiteSettings, JSON.parse(s.settings)).retentionDays;
    if (days) purged.push(await purgeSite(db, s.id, now - days * DAY));
  }
  const logCutoff = now - WEBHOOK_LOG_DAYS * DAY;
  const [log] = await db.batch<{ id: string }>([
    db
      .prepare(`DELETE FROM webhook_outbox WHERE id IN (SELECT id FROM webhook_outbox WHERE status <> 'pending' AND created_at < ?1 LIMIT ${CHUNK * ROUNDS}) RETURNING id`)
      .bind(logCutoff),
    db.prepare(`DELETE FROM webhook_attempts WHERE id IN (SELECT id FROM webhook_attempts WHERE at < ?1 LIMIT ${CHUNK * ROUNDS})`).bind(logCutoff),
  ]);
  const done = purged.every((p) => p.done) && log!.results.length < CHUNK * ROUNDS;
  if (done) {
    await db.prepare("INSERT INTO jobs (name, done_at) VALUES ('retention', ?1) ON CONFLICT (name) DO UPDATE SET done_at = excluded.done_at").bind(now).run();
  }
  return purged;
}
