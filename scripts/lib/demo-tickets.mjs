// Deterministic demo ticket facts for the `ticket_facts` table (migrations/0016) around the demo answers
// (SPEC "Ticket facts and support KPIs"): every answered ticket, the solved tickets nobody answered a
// survey for (response rate well under 100%) and an open backlog of a few dozen. Slow replies, long
// resolutions, many replies and reopens are drawn more often for unhappy answers, so the Support view's
// drivers show a difference beyond the margin; each agent has a pace of their own.
import { AGENTS, CHANNELS, mulberry32, normal, sqlLiteral, weighted } from './demo-data.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const ROWS_PER_STATEMENT = 100;
/** Solved tickets without an answer nor an email link (widget surveys not taken), per demo answer. */
const UNSURVEYED_PER_ANSWER = 1.1;
const BACKLOG = 37;

const COLUMNS = [
  'site_id', 'ticket', 'status', 'created_at', 'first_response_at', 'solved_at', 'agent_replies',
  'customer_replies', 'reopens', 'agent', 'channel', 'grp', 'priority', 'updated_at',
];

/** How fast each agent replies (a multiplier on waits): Luca answers fast yet leaves customers unhappy. */
const PACE = { giulia: 0.8, mario: 1, sara: 1.25, emma: 0.9, james: 0.7, luca: 0.45 };
/** First replies are quick on live channels, slow by email. */
const CHANNEL_PACE = { email: 1.6, chat: 0.25, phone: 0.2, whatsapp: 0.5 };
const GROUPS = [
  { id: 'billing', weight: 30 },
  { id: 'shipping', weight: 28 },
  { id: 'technical', weight: 27 },
  { id: 'returns', weight: 15 },
];
const PRIORITIES = [
  { id: 'low', pace: 1.4, weight: 20 },
  { id: 'normal', pace: 1, weight: 60 },
  { id: 'high', pace: 0.6, weight: 15 },
  { id: 'urgent', pace: 0.3, weight: 5 },
];

/** 0 (delighted) … 1 (furious), from an answer's scores: NPS first, else CSAT, else CES. */
export function unhappiness({ nps, csat, ces }) {
  if (nps !== null && nps !== undefined) return 1 - nps / 10;
  if (csat !== null && csat !== undefined) return 1 - (csat - 1) / 4;
  if (ces !== null && ces !== undefined) return (ces - 1) / 4;
  return 0.3;
}

const lognormal = (rand, median, sigma) => median * Math.exp(sigma * normal(rand));

/**
 * One ticket's story, ending with `solvedAt`: the wait for a first reply, the replies, reopens and the
 * work until solved all grow with `bad` (0…1). Returns the fact's columns without site and ticket.
 */
function story(rand, { bad, agent, channel, solvedAt }) {
  const priority = weighted(rand, PRIORITIES);
  const pace = (PACE[agent] ?? 1) * (CHANNEL_PACE[channel] ?? 1) * priority.pace;
  // 45 min for a delighted customer, about 22 h for a furious one, before pace.
  const wait = Math.max(1, lognormal(rand, 45 * Math.exp(3.4 * bad) * pace, 1.2));
  const agentReplies = 1 + Math.min(9, Math.floor(-Math.log(1 - rand()) * (0.6 + 3 * bad * bad)));
  const reopens = rand() < 0.03 + 0.3 * bad * bad ? 1 + (rand() < 0.25 ? 1 : 0) : 0;
  const customerReplies = Math.max(0, agentReplies - 1 + reopens + (rand() < 0.4 ? 1 : 0));
  // The work after the first reply: each further reply and each reopen takes its own while.
  let work = lognormal(rand, 60 + 300 * bad, 1.2);
  for (let i = 1; i < agentReplies; i++) work += lognormal(rand, (5 * HOUR / MINUTE) * (0.5 + bad), 1.1);
  for (let i = 0; i < reopens; i++) work += lognormal(rand, 1.5 * DAY / MINUTE, 0.6);
  const created = solvedAt - Math.round((wait + work) * MINUTE);
  return {
    status: 'solved',
    created_at: created,
    first_response_at: created + Math.round(wait * MINUTE),
    solved_at: solvedAt,
    agent_replies: agentReplies,
    customer_replies: customerReplies,
    reopens,
    agent,
    channel,
    grp: weighted(rand, GROUPS).id,
    priority: priority.id,
  };
}

/**
 * The facts, oldest solve first. Same options (and the same responses and links) → same facts.
 * @param {{ responses: Array<Record<string, any>>, links?: Array<Record<string, any>>, site?: string, days?: number, now?: number, seed?: number, ticketStart?: number }} options
 */
export function demoTicketFacts({ responses, links = [], site = 'demo', days = 90, now = Date.now(), seed = 42, ticketStart = 10_000, unsurveyedPerAnswer = UNSURVEYED_PER_ANSWER, backlog = BACKLOG }) {
  const rand = mulberry32(seed ^ 0x7ac4e75);
  // A ticket with an email link was solved when its link went out.
  const linked = new Map(links.map((l) => [l.ticket, l]));
  const facts = new Map();
  const add = (ticket, fact) => facts.set(ticket, { site_id: site, ticket, ...fact, updated_at: Math.min(now, (fact.solved_at ?? fact.created_at) + 5 * MINUTE) });
  const closedOf = (f) => (f.solved_at < now - 4 * DAY ? { ...f, status: 'closed' } : f);

  for (const r of responses) {
    if (facts.has(r.ticket)) continue; // a customer's second answer on the same ticket
    const link = linked.get(r.ticket);
    const solvedAt = link ? link.created_at : r.created_at - Math.round(Math.min(2 * DAY, lognormal(rand, 20 * MINUTE, 1.1)));
    add(r.ticket, closedOf(story(rand, { bad: unhappiness(r), agent: r.agent, channel: r.channel, solvedAt })));
  }
  // Links sent that nobody answered: their tickets were solved then, with unknown (so typical) scores.
  for (const l of links) {
    if (facts.has(l.ticket)) continue;
    const bad = Math.min(1, Math.max(0, 0.28 + 0.22 * normal(rand)));
    add(l.ticket, closedOf(story(rand, { bad, agent: l.agent, channel: l.channel, solvedAt: l.created_at })));
  }
  // Tickets solved through the widget's channels whose customer took no survey.
  const unsurveyed = Math.round(responses.length * unsurveyedPerAnswer);
  for (let i = 0; i < unsurveyed; i++) {
    const solvedAt = now - Math.floor(rand() * days * DAY);
    const bad = Math.min(1, Math.max(0, 0.28 + 0.22 * normal(rand)));
    const agent = weighted(rand, AGENTS).id;
    const channel = weighted(rand, CHANNELS).id;
    add(`T-${ticketStart + 200_000 + i}`, closedOf(story(rand, { bad, agent, channel, solvedAt })));
  }
  // The backlog: opened in the last week, most with a first reply already, none solved.
  for (let i = 0; i < backlog; i++) {
    const created = now - Math.round(lognormal(rand, 20 * HOUR, 1) * (rand() < 0.15 ? 4 : 1));
    const replied = rand() < 0.7;
    const firstResponse = replied ? Math.min(now, created + Math.round(lognormal(rand, 2 * HOUR, 1))) : null;
    add(`T-${ticketStart + 300_000 + i}`, {
      status: 'open',
      created_at: Math.max(now - 14 * DAY, created),
      first_response_at: firstResponse && Math.max(firstResponse, Math.max(now - 14 * DAY, created)),
      solved_at: null,
      agent_replies: replied ? 1 + Math.floor(rand() * 2) : 0,
      customer_replies: replied ? Math.floor(rand() * 2) : 0,
      reopens: rand() < 0.1 ? 1 : 0,
      agent: rand() < 0.85 ? weighted(rand, AGENTS).id : null,
      channel: weighted(rand, CHANNELS).id,
      grp: weighted(rand, GROUPS).id,
      priority: weighted(rand, PRIORITIES).id,
    });
  }
  return [...facts.values()].sort((a, b) => (a.solved_at ?? a.created_at) - (b.solved_at ?? b.created_at));
}

/**
 * The demo facts as INSERT statements of at most 100 rows each; the ticket_facts triggers count them in
 * the per-day rollups (and `rollups rebuild` recomputes the same).
 * @param {Parameters<typeof demoTicketFacts>[0]} options
 * @returns {{ sql: string[], count: number }}
 */
export function demoTicketFactsSql(options) {
  const rows = demoTicketFacts(options);
  const sql = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const tuples = rows.slice(i, i + ROWS_PER_STATEMENT).map((row) => `(${COLUMNS.map((c) => sqlLiteral(row[c])).join(',')})`);
    sql.push(`INSERT INTO ticket_facts (${COLUMNS.join(', ')}) VALUES\n${tuples.join(',\n')};`);
  }
  return { sql, count: rows.length };
}
