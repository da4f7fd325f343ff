// Helpdesk webhooks read as the helpdesk sends them (README "Helpdesk recipes"): Zammad's default
// trigger payload (app/jobs/trigger_webhook_job.rb: `{ticket, article}`), validated and made a ticket fact.
import * as v from 'valibot';
import { Label } from './common';
import { ANSWERED_AFTER, answeredInOrder, BlankableLabel, Instant, SOLVED_AFTER, solvedInOrder, type TicketFact, type TicketStatus } from './tickets';

/**
 * Zammad's seeded states (db/seeds/ticket_states.rb) and what each is to Voce. `null`: not a ticket to
 * count — a merged ticket lives on in the one it was merged into, a removed one is gone.
 */
export const ZAMMAD_STATES: Readonly<Record<string, TicketStatus | null>> = {
  new: 'open',
  open: 'open',
  'pending reminder': 'open',
  'pending close': 'open',
  closed: 'closed',
  merged: null,
  removed: null,
};

/** A Zammad user as the payload inlines it; id 1 is the system user "-" (an unassigned ticket's owner). */
const User = v.looseObject({
  id: v.optional(v.number('Must be a number')),
  login: v.nullish(BlankableLabel(128)),
  email: v.nullish(BlankableLabel(128)),
});
/** A group or priority as the payload inlines it (`{}` when the ticket has none). */
const Named = (max: number) => v.looseObject({ name: v.nullish(Label(max)) });

/** The default payload: only the fields Voce reads are checked; the rest (articles, customers…) may be anything. */
export const ZammadWebhook = v.pipe(
  v.looseObject({
    ticket: v.looseObject({
      number: v.union([Label(128), v.pipe(v.number(), v.integer(), v.transform(String))], 'Must be the ticket number'),
      state: v.pipe(v.string('Must be the name of a state'), v.trim(), v.minLength(1, 'Must be the name of a state')),
      created_at: Instant,
      // null until an agent answers / the ticket is closed: Zammad sends every attribute, empty ones as null.
      first_response_at: v.nullish(Instant),
      close_at: v.nullish(Instant),
      owner: v.nullish(User),
      group: v.nullish(Named(64)),
      priority: v.nullish(Named(32)),
      create_article_type: v.nullish(Label(64)),
    }),
  }),
  v.forward(v.check(({ ticket: t }) => answeredInOrder({ createdAt: t.created_at, firstResponseAt: t.first_response_at ?? undefined }), ANSWERED_AFTER), ['ticket', 'first_response_at']),
  v.forward(v.check(({ ticket: t }) => solvedInOrder({ createdAt: t.created_at, solvedAt: t.close_at ?? undefined }), SOLVED_AFTER), ['ticket', 'close_at']),
);
export type ZammadWebhook = v.InferOutput<typeof ZammadWebhook>;

/** State names an installation added, per status: `?closed=resolved,done&open=waiting` on the webhook URL. */
export type ExtraStates = Partial<Record<'open' | 'closed', string | undefined>>;

const names = (list: string | undefined) => (list ?? '').split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);

/** What a state name is to Voce: a status, `null` (not counted) or `undefined` (a name it does not know). */
export function zammadStatus(state: string, extra: ExtraStates = {}): TicketStatus | null | undefined {
  const name = state.trim().toLowerCase();
  if (names(extra.closed).includes(name)) return 'closed';
  if (names(extra.open).includes(name)) return 'open';
  return ZAMMAD_STATES[name];
}

/** The ticket fact a payload says, for a status already decided. Zammad has no agent-reply count: none is made up. */
export function zammadFact({ ticket: t }: ZammadWebhook, status: TicketStatus): TicketFact {
  const owner = t.owner && t.owner.id !== 1 ? (t.owner.email ?? t.owner.login) : undefined;
  return {
    ticket: t.number,
    status,
    createdAt: t.created_at,
    ...(t.first_response_at != null && { firstResponseAt: t.first_response_at }),
    // close_at stays set when a closed ticket is reopened: it is the solving time only while it is closed.
    ...(status !== 'open' && t.close_at != null && { solvedAt: t.close_at }),
    ...(owner && owner !== '-' && { agent: owner }),
    ...(t.create_article_type && { channel: t.create_article_type }),
    ...(t.group?.name && { group: t.group.name }),
    ...(t.priority?.name && { priority: t.priority.name }),
  };
}
