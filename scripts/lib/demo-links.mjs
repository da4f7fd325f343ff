// Deterministic demo email links for the `links` table (migrations/0002, opened_at 0010) around the
// demo responses: every signed email answer came through a link of its own, and more links were sent
// than answered — some opened by a person who did not answer, most never opened — so the response-rate
// view shows a plausible funnel (issued > opened > answered).
import { AGENTS, CHANNELS, drawTime, mulberry32, normal, sqlLiteral, weighted } from './demo-data.mjs';

const DAY = 86_400_000;
const MINUTE = 60_000;
const ROWS_PER_STATEMENT = 100;
/** Links sent that were never answered, per answered one: a response rate near 27%. */
const UNANSWERED_PER_ANSWERED = 2.7;
/** Of the unanswered links, the share a person opened (tapped or clicked in) without answering. */
const OPENED_UNANSWERED = 0.34;
/** Opening without answering is more common on phones, where emails are read on the go. */
const OPEN_BY_CHANNEL = { email: 1, chat: 0.9, phone: 1.15, whatsapp: 1.3 };

const COLUMNS = ['id', 'site_id', 'survey_id', 'ticket', 'agent', 'channel', 'customer', 'lang', 'created_at', 'expires_at', 'opened_at', 'answered_at'];

/** A random delay around `median` ms (log-normal), at most `max`. */
const delay = (rand, median, max) => Math.min(max, Math.round(median * Math.exp(1.2 * normal(rand))));

/**
 * The links, oldest first. Same options (and the same responses) → same links.
 * @param {{ responses: Array<Record<string, any>>, site?: string, survey?: string, days?: number, now?: number, seed?: number, ticketStart?: number }} options
 */
export function demoLinks({ responses, site = 'demo', survey = 'support', days = 90, now = Date.now(), seed = 42, ticketStart = 10_000 }) {
  const rand = mulberry32(seed ^ 0x51ed270b);
  const id = () => Array.from({ length: 24 }, () => Math.floor(rand() * 16).toString(16)).join('');
  const links = [];
  // The email went out when the ticket was solved, minutes to two days before the answer; the person
  // tapped the page a moment before sending.
  for (const r of responses) {
    if (r.source !== 'email' || r.verified !== 1) continue;
    const created = r.created_at - delay(rand, 45 * MINUTE, 2 * DAY);
    const opened = Math.max(created, r.created_at - Math.round(rand() * 5 * MINUTE));
    links.push({
      id: id(), site_id: site, survey_id: survey, ticket: r.ticket, agent: r.agent, channel: r.channel, customer: r.customer, lang: r.lang,
      created_at: created, expires_at: created + 30 * DAY, opened_at: opened, answered_at: r.created_at,
    });
  }
  const unanswered = Math.round(links.length * UNANSWERED_PER_ANSWERED);
  for (let i = 0; i < unanswered; i++) {
    const created = drawTime(rand, now, days);
    const agent = weighted(rand, AGENTS);
    const channel = weighted(rand, CHANNELS);
    const openedAt = created + delay(rand, 3 * 3600_000, 5 * DAY);
    const opened = rand() < OPENED_UNANSWERED * OPEN_BY_CHANNEL[channel.id] && openedAt <= now ? openedAt : null;
    links.push({
      id: id(), site_id: site, survey_id: survey, ticket: `T-${ticketStart + 100_000 + i}`, agent: agent.id, channel: channel.id,
      customer: `c-${String(1 + Math.floor(rand() * 1500)).padStart(4, '0')}`, lang: rand() < 0.65 ? 'it' : 'en',
      created_at: created, expires_at: created + 30 * DAY, opened_at: opened, answered_at: null,
    });
  }
  return links.sort((a, b) => a.created_at - b.created_at);
}

/**
 * The demo links as INSERT statements of at most 100 rows each; the links' triggers count them in the
 * per-day rollups (and `rollups rebuild` recomputes the same).
 * @param {Parameters<typeof demoLinks>[0]} options
 * @returns {{ sql: string[], count: number }}
 */
export function demoLinksSql(options) {
  const rows = demoLinks(options);
  const sql = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const tuples = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => `(${COLUMNS.map((c) => sqlLiteral(row[c])).join(',')})`);
    sql.push(`INSERT INTO links (${COLUMNS.join(', ')}) VALUES\n${tuples.join(',\n')};`);
  }
  return { sql, count: rows.length };
}
