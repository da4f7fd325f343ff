// Ticket facts (migrations/0016_ticket_facts.sql): idempotent upserts of what the helpdesk sends, one D1
// batch per call, and what each send did to its ticket.
import type { TicketFact } from '../../../shared/schemas';

export type FactOutcome = 'created' | 'updated' | 'unchanged';

/** A fact with no ticket ID of its own (a link's `ticketFacts`) takes the link's ticket. */
export type Fact = Omit<TicketFact, 'ticket'> & { ticket: string };

const COLUMNS = [
  ['status', (f: Fact) => f.status],
  ['created_at', (f: Fact) => f.createdAt],
  ['first_response_at', (f: Fact) => f.firstResponseAt ?? null],
  ['solved_at', (f: Fact) => f.solvedAt ?? null],
  ['agent_replies', (f: Fact) => f.agentReplies ?? null],
  ['customer_replies', (f: Fact) => f.customerReplies ?? null],
  ['reopens', (f: Fact) => f.reopens ?? null],
  ['agent', (f: Fact) => f.agent ?? null],
  ['channel', (f: Fact) => f.channel ?? null],
  ['grp', (f: Fact) => f.group ?? null],
  ['priority', (f: Fact) => f.priority ?? null],
] as const;

// ?1 site, ?2 ticket, ?3… the columns in order, then now. A field a send leaves out keeps what an
// earlier send said (a helpdesk that cannot send it this time has not un-learned it); a solved or
// closed ticket without `solvedAt` is solved when Voce first hears of it.
const NOW = `?${COLUMNS.length + 3}`;
const param = (i: number) => `?${i + 3}`;
const solvedAt = (kept: string) => `coalesce(${param(3)}, ${kept}, CASE WHEN ${param(0)} <> 'open' THEN ${NOW} END)`;
/** A column's value after a later send: status and creation as sent, the others as sent or as they were. */
const updated = (c: string, i: number) =>
  c === 'status' || c === 'created_at' ? param(i) : c === 'solved_at' ? solvedAt('ticket_facts.solved_at') : `coalesce(${param(i)}, ticket_facts.${c})`;
// Unchanged rows are not written (updated_at stays: the send changed nothing).
const UPSERT = `INSERT INTO ticket_facts (site_id, ticket, ${COLUMNS.map(([c]) => c).join(', ')}, updated_at)
  VALUES (?1, ?2, ${COLUMNS.map(([c], i) => (c === 'solved_at' ? solvedAt('NULL') : param(i))).join(', ')}, ${NOW})
  ON CONFLICT (site_id, ticket) DO UPDATE SET ${COLUMNS.map(([c], i) => `${c} = ${updated(c, i)}`).join(', ')}, updated_at = ${NOW}
  WHERE ${COLUMNS.map(([c], i) => `${updated(c, i)} IS NOT ticket_facts.${c}`).join(' OR ')}`;

/**
 * Stores `facts` of `site` in one batch (a transaction) and says, per ticket, whether it was new,
 * changed or already so: the rows before are read in the same batch, then compared with the rows after.
 */
export async function upsertFacts(db: D1Database, site: string, facts: Fact[], now: number): Promise<{ ticket: string; outcome: FactOutcome }[]> {
  const tickets = JSON.stringify(facts.map((f) => f.ticket));
  const read = () => db.prepare('SELECT * FROM ticket_facts WHERE site_id = ?1 AND ticket IN (SELECT value FROM json_each(?2))').bind(site, tickets);
  const results = await db.batch<Record<string, unknown>>([
    read(),
    ...facts.map((f) => db.prepare(UPSERT).bind(site, f.ticket, ...COLUMNS.map(([, get]) => get(f)), now)),
    read(),
  ]);
  const byTicket = (rows: Record<string, unknown>[]) => new Map(rows.map((r) => [r.ticket as string, r]));
  const before = byTicket(results[0]!.results);
  const after = byTicket(results.at(-1)!.results);
  return facts.map((f) => {
    const was = before.get(f.ticket);
    const is = after.get(f.ticket)!;
    const outcome: FactOutcome = !was ? 'created' : was.updated_at === is.updated_at ? 'unchanged' : 'updated';
    return { ticket: f.ticket, outcome };
  });
}
