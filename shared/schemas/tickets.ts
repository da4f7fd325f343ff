// Ticket facts (SPEC "Ticket facts and support KPIs"): what the helpdesk knows about a ticket — when it
// was opened, first answered and solved, how many replies, reopens — sent by POST /api/v1/tickets (one
// or up to 100) or with a link (POST /api/v1/links `ticketFacts`). Times are ISO 8601 with an offset.
import * as v from 'valibot';
import { JsonObject, Label } from './common';

export const TICKET_STATUSES = ['open', 'solved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** At most 100 facts per call. */
export const MAX_TICKET_FACTS = 100;

/** An instant as ISO 8601 with a time and a zone ("2026-11-24T09:30:00Z", "…+01:00"), to milliseconds. */
export const Instant = v.pipe(
  v.string('Must be a string'),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i, 'Must be an ISO 8601 time with a zone, e.g. 2026-11-24T09:30:00Z'),
  // Date.parse rolls 31 February over into March: the day must exist in its month.
  v.check((s) => Number(s.slice(8, 10)) <= new Date(Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)), 0)).getUTCDate(), 'Must be a real date and time'),
  v.transform((s) => Date.parse(s)),
  v.check((ms) => Number.isFinite(ms), 'Must be a real date and time'),
  // Nothing before the year 2000 or more than a day ahead: a clock or a field mixed up.
  v.check((ms) => ms >= Date.UTC(2000, 0, 1) && ms <= Date.now() + 86_400_000, 'Must be after 2000 and not in the future'),
);

const Count = (max: number) => v.pipe(v.number('Must be a number'), v.integer('Must be a whole number'), v.minValue(0, 'Must not be negative'), v.maxValue(max, `Must be at most ${max}`));

/**
 * An optional label where blank means "not known": a helpdesk template renders an empty placeholder
 * (a ticket with no priority or group) as "", which should not cost the whole fact a 400.
 */
export const BlankableLabel = (max: number) =>
  v.optional(v.pipe(v.string('Must be a string'), v.transform((s) => (s.trim() === '' ? undefined : s)), v.union([v.undefined(), Label(max)])));

/** What a ticket's facts hold besides its ID. */
const FACT_FIELDS = {
  status: v.picklist(TICKET_STATUSES, 'Must be "open", "solved" or "closed"'),
  createdAt: Instant,
  firstResponseAt: v.optional(Instant),
  solvedAt: v.optional(Instant),
  agentReplies: v.optional(Count(10_000)),
  customerReplies: v.optional(Count(10_000)),
  reopens: v.optional(Count(1_000)),
  agent: BlankableLabel(128),
  channel: BlankableLabel(64),
  group: BlankableLabel(64),
  priority: BlankableLabel(32),
};

type Times = { createdAt: number; firstResponseAt?: number; solvedAt?: number };
export const ANSWERED_AFTER = 'The first response cannot come before the ticket was created';
export const SOLVED_AFTER = 'A ticket cannot be solved before it was created';
export const answeredInOrder = (f: Times) => f.firstResponseAt === undefined || f.firstResponseAt >= f.createdAt;
export const solvedInOrder = (f: Times) => f.solvedAt === undefined || f.solvedAt >= f.createdAt;

export const TicketFact = JsonObject(
  v.pipe(
    v.object({ ticket: Label(128), ...FACT_FIELDS }),
    v.forward(v.check((f) => answeredInOrder(f), ANSWERED_AFTER), ['firstResponseAt']),
    v.forward(v.check((f) => solvedInOrder(f), SOLVED_AFTER), ['solvedAt']),
  ),
);

/** `ticketFacts` of POST /api/v1/links: the link's own ticket, so no ticket ID of its own. */
export const LinkTicketFacts = JsonObject(
  v.pipe(
    v.object(FACT_FIELDS),
    v.forward(v.check((f) => answeredInOrder(f), ANSWERED_AFTER), ['firstResponseAt']),
    v.forward(v.check((f) => solvedInOrder(f), SOLVED_AFTER), ['solvedAt']),
  ),
);
export type TicketFact = v.InferOutput<typeof TicketFact>;

/** The body of POST /api/v1/tickets as an array (one object is TicketFact): 1 to 100, each ticket once. */
export const TicketFactList = v.pipe(
  v.array(TicketFact, 'Must be a ticket object or an array of them'),
  v.minLength(1, 'Send at least one ticket'),
  v.maxLength(MAX_TICKET_FACTS, `At most ${MAX_TICKET_FACTS} tickets per call`),
  v.check((list) => new Set(list.map((f) => f.ticket)).size === list.length, 'Each ticket at most once per call'),
);
