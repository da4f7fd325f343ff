// Storing what a person answered through an email link: one response per ticket and survey (its id
// follows from them), updated by every later answer, in one batch with the link's answered time.
import type { Answers, LinkClaims } from '../../../shared/schemas';
import { markAnsweredStatement } from '../db/links';
import { outcomeOf, upsertWithRollups, type UpsertOutcome } from '../db/responses';
import { emailResponseId } from './token';

export async function recordLinkAnswers(
  db: D1Database,
  claims: LinkClaims,
  answers: Answers,
  lang: string,
): Promise<{ id: string; outcome: UpsertOutcome }> {
  const now = Date.now();
  const id = await emailResponseId(claims.s, claims.v, claims.t);
  const upsert = upsertWithRollups(db, [{
    id,
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
    agent: claims.a ?? null,
    channel: claims.c ?? null,
    customer: claims.u ?? null,
    page: null,
    createdAt: now,
    updatedAt: now,
  }]);
  const results = await db.batch<{ id: string; revision: number }>(claims.i ? [...upsert, markAnsweredStatement(db, claims.i, now)] : upsert);
  return { id, outcome: outcomeOf(results[1]!.results[0]?.revision) };
}
