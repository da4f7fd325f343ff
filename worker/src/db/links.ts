// Queries on email links and the per-site secret that signs them.

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

/** The site's signing secret, made on first use for sites created before links existed. */
export async function siteSecret(db: D1Database, site: string): Promise<string | null> {
  const row = await db.prepare('SELECT link_secret FROM sites WHERE id = ?1').bind(site).first<{ link_secret: string | null }>();
  if (!row) return null;
  if (row.link_secret) return row.link_secret;
  await db.prepare('UPDATE sites SET link_secret = ?1 WHERE id = ?2 AND link_secret IS NULL').bind(randomHex(32), site).run();
  return siteSecret(db, site);
}

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

export function markAnsweredStatement(db: D1Database, id: string, now: number): D1PreparedStatement {
  return db.prepare('UPDATE links SET answered_at = ?2 WHERE id = ?1 AND answered_at IS NULL').bind(id, now);
}

export interface LinkCounts {
  issued: number;
  answered: number;
  /** 100 × answered / issued; null when no link was issued. */
  rate: number | null;
}

/** Response rate of the links issued in [from, to) (ms): the `links` part of the summary of SPEC.md. */
export async function linkCounts(
  db: D1Database,
  site: string,
  from: number,
  to: number,
  f: { survey?: string; agent?: string; channel?: string; lang?: string; source?: string } = {},
): Promise<LinkCounts> {
  // Links are the email source: a widget-only view has none.
  if (f.source === 'widget') return { issued: 0, answered: 0, rate: null };
  const params: unknown[] = [site, from, to];
  let sql = 'SELECT count(*) AS issued, count(answered_at) AS answered FROM links WHERE site_id = ?1 AND created_at >= ?2 AND created_at < ?3';
  for (const [column, value] of [['survey_id', f.survey], ['agent', f.agent], ['channel', f.channel], ['lang', f.lang]] as const) {
    if (value === undefined) continue;
    params.push(value);
    sql += ` AND ${column} = ?${params.length}`;
  }
  const row = await db.prepare(sql).bind(...params).first<{ issued: number; answered: number }>();
  const issued = row?.issued ?? 0;
  const answered = row?.answered ?? 0;
  return { issued, answered, rate: issued ? (100 * answered) / issued : null };
}
