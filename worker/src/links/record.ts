// Storing what a person answered through an email link: one response per ticket and survey in each
// slot (signed links are verified, template links not), updated by every later answer, in one batch
// with the link's answered time. The response id is random, made on the first answer.
import type { Answers, LinkClaims } from '../../../shared/schemas';
import { markAnsweredStatement } from '../db/links';
import { outcomeOf, upsertEmailWithRollups, type UpsertOutcome } from '../db/responses';

/** Signed links (issued through the API, with a link id) vouch for their ticket; template links do not. */
export const verifiedOf = (claims: LinkClaims): 0 | 1 => (claims.i !== undefined ? 1 : 0);

export async function recordLinkAnswers(
  db: D1Database,
  claims: LinkClaims,
  answers: Answers,
  lang: string,
): Promise<{ id: string; outcome: UpsertOutcome; events: number }> {
  const now = Date.now();
  const upsert = upsertEmailWithRollups(db, {
    id: crypto.randomUUID(),
    site: claims.s,
    survey: claims.v,
    ticket: claims.t,
    csat: answers.csat ?? null,
    ces: answers.ces ?? null,
    nps: answers.nps ?? null,
    comment: answers.comment ?? null,
    aspects: answers.aspects ?? null,
    lang,
    source: 'email',
    verified: verifiedOf(claims),
    agent: claims.a ?? null,
    channel: claims.c ?? null,
    customer: claims.u ?? null,
    page: null,
    createdAt: now,
    updatedAt: now,
  });
  const results = await db.batch<{ id: string; revision: number }>(claims.i ? [...upsert, markAnsweredStatement(db, claims.i, now)] : upsert);
  const stored = results[1]!.results[0];
  return { id: stored?.id ?? '', outcome: outcomeOf(stored?.revision), events: results[3]!.results.length };
}
