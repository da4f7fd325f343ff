// Email links: the body of POST /api/v1/links and the claims a signed token carries.
import * as v from 'valibot';
import { JsonObject, Label, Lang, Slug } from './common';
import { LinkTicketFacts } from './tickets';

export const LinkRequest = JsonObject(
  v.object({
    survey: v.optional(Slug),
    ticket: Label(128),
    agent: v.optional(Label(128)),
    channel: v.optional(Label(64)),
    customer: v.optional(Label(128)),
    lang: v.optional(Lang),
    expiresInDays: v.optional(v.pipe(v.number('Must be a number'), v.integer('Must be a whole number'), v.minValue(1), v.maxValue(365)), 30),
    /** The ticket's facts, stored as POST /api/v1/tickets stores them: one call on "solved" does both. */
    ticketFacts: v.optional(LinkTicketFacts),
  }),
);
export type LinkRequest = v.InferOutput<typeof LinkRequest>;

/** What a token signs. Short keys keep links short. */
export const LinkClaims = v.object({
  /** Link id (a row of `links`), or absent for a template link minted from a ticket ID. */
  i: v.optional(v.pipe(v.string(), v.maxLength(64))),
  s: Slug,
  v: Slug,
  t: Label(128),
  a: v.optional(Label(128)),
  c: v.optional(Label(64)),
  u: v.optional(Label(128)),
  l: v.optional(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/))),
  /** A template token: when it was minted (Unix seconds), so a later erasure of its ticket ends it. */
  m: v.optional(v.pipe(v.number(), v.integer())),
  /** Expiry, Unix seconds. */
  e: v.pipe(v.number(), v.integer()),
});
export type LinkClaims = v.InferOutput<typeof LinkClaims>;

/**
 * POST /api/v1/links/opened: the token of the survey page a person acted on, as JSON (the page sends
 * it as text/plain, so there is no preflight). verifyToken refuses anything longer than 1,024.
 */
export const LinkOpened = JsonObject(
  v.object({
    token: v.pipe(v.string('Must be a string'), v.minLength(1, 'Must not be empty'), v.maxLength(1024, 'Must be at most 1024 characters')),
  }),
);
export type LinkOpened = v.InferOutput<typeof LinkOpened>;
