// Queries on email links, the per-site secrets that sign them and widget ticket tokens, and the
// tombstones of erased tickets that end template tokens minted before the erasure.
import { linkRates, type LinkCounts, type LinkRate } from '../../../shared/metrics/links';

export interface LinkRow {
  id: string;
  site: string;
  survey: string;
  ticket: string;
  agent: string | null;
  channel: string | null;
  customer: string | null;
  lang: string | null;
  createdAt: number;
  expiresAt: number;
}

function randomHex(bytes: number): string {
  return [...crypto.getRandomValues(new Uint8Array(bytes))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** 256 random bits as hex: the form of every per-site secret. */
export const randomSecret = () => randomHex(32);

async function secret(db: D1Database, site: string, column: 'link_secret' | 'widget_secret'): Promise<string | null> {
  const row = await db.prepare(`SELECT ${column} AS s FROM sites WHERE id = ?1`).bind(site).first<{ s: string | null }>();
  if (!row) return null;
  if (row.s) return row.s;
  await db.prepare(`UPDATE sites SET ${column} = ?1 WHERE id = ?2 AND ${column} IS NULL`).bind(randomSecret(), site).run();
  return secret(db, site, column);
}

/** The site's link-signing secret, made on first use for sites created without one. */
export const siteSecret = (db: D1Database, site: string) => secret(db, site, 'link_secret');

/** The secret a site's server signs widget ticket tokens with (`npm run admin -- site widget-secret`). */
export const widgetSecret = (db: D1Database, site: string) => secret(db, site, 'widget_secret');

export function newLinkId(): string {
  return randomHex(12);
}

export async function insertLink(db: D1Database, l: LinkRow): Promise<void> {
  await db
    .prepare(
      `INSERT INTO links (id, site_id, survey_id, ticket, agent, channel, customer, lang, created_at, expires_at)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)`,
    )
    .bind(l.id, l.site, l.survey, l.ticket, l.agent, l.channel, l.customer, l.lang, l.createdAt, l.expiresAt)
    .run();
}

export async function linkExists(db: D1Database, id: string, site: string): Promise<boolean> {
  return (await db.prepare('SELECT 1 AS ok FROM links WHERE id = ?1 AND site_id = ?2').bind(id, site).first()) !== null;
}

/** The first answer through a link; an answer is a person's act on its page, so it counts as opened too. */
export function markAnsweredStatement(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db.prepare('UPDATE links SET answered_at = ?2, opened_at = coalesce(opened_at, ?2) WHERE id = ?1 AND answered_at IS NULL').bind(id, now);
}

/** A person's first tap, click or key press on the link's page; later ones change nothing. */
export async function markOpened(db: D1Database, id: string, site: string, now: number): Promise<void> {
  await db.prepare('UPDATE links SET opened_at = ?3 WHERE id = ?1 AND site_id = ?2 AND opened_at IS NULL').bind(id, site, now).run();
}

/** The funnel of the links issued in [from, to) (ms), from the raw rows: the `links` part of the summary of SPEC.md. */
export async function linkCounts(
  db: D1Database,
  site: string,
  from: number,
  to: number,
  f: { survey?: string; agent?: string; channel?: string; lang?: string; source?: string; verified?: string } = {},
): Promise<LinkRate> {
  // Links are the email source, and signed: a widget-only or unverified view has none.
  if (f.source === 'widget' || f.verified === '0') return linkRates({ issued: 0, opened: 0, answered: 0 });
  const params: unknown[] = [site, from, to];
  let sql = 'SELECT count(*) AS issued, count(opened_at) AS opened, count(answered_at) AS answered FROM links WHERE site_id = ?1 AND created_at >= ?2 AND created_at < ?3';
  for (const [column, value] of [['survey_id', f.survey], ['agent', f.agent], ['channel', f.channel], ['lang', f.lang]] as const) {
    if (value === undefined) continue;
    params.push(value);
    sql += ` AND ${column} = ?${params.length}`;
  }
  const row = await db.prepare(sql).bind(...params).first<LinkCounts>();
  return linkRates(row ?? { issued: 0, opened: 0, answered: 0 });
}

/** How long a template token lives, and so how long an erasure's tombstone must be kept. */
export const TEMPLATE_TOKEN_MS = 86400_000;

/** Tombstone of an erased ticket (an HMAC of it, not the ticket) and pruning of old ones, for erase()'s batch. */
export function tombstoneStatements(db: D1Database, site: string, ticketHash: string, now: number): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM erasures WHERE erased_at < ?1').bind(now - TEMPLATE_TOKEN_MS),
    db
      .prepare('INSERT INTO erasures (site_id, ticket_hash, erased_at) VALUES (?1, ?2, ?3) ON CONFLICT (site_id, ticket_hash) DO UPDATE SET erased_at = excluded.erased_at')
      .bind(site, ticketHash, now),
  ];
}

/** Whether the ticket was erased at or after `since` (ms). */
export async function erasedSince(db: D1Database, site: string, ticketHash: string, since: number): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS ok FROM erasures WHERE site_id = ?1 AND ticket_hash = ?2 AND erased_at >= ?3').bind(site, ticketHash, since).first();
  return row !== null;
}
