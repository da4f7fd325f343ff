// POST /api/v1/responses — store a response or merge its follow-up, idempotent on the client's id.
// With a link token (the email survey page), the token decides site, survey and ticket.
import { Hono, type Context } from 'hono';
import { answerIssues, ResponseBody } from '../../../shared/schemas';
import { storeResponse } from '../db/responses';
import { getSurveyCached, isKnownOrigin } from '../db/sites';
import type { AppEnv } from '../env';
import { recordLinkAnswers } from '../links/record';
import { invalidLink, verifyLink } from '../links/verify';
import { limitBody } from '../middleware/body';
import { isSameOrigin, preflight, requestOrigin } from '../middleware/cors';
import { ApiError } from '../middleware/errors';
import { siteForRequest } from '../middleware/site-access';
import { parseJsonText, validate } from '../validate';

export const responses = new Hono<AppEnv>();

/** waitUntil of this request, when it has one (in-process test calls may not). */
function keepAlive(c: Context<AppEnv>): ((p: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (p) => ctx.waitUntil(p);
  } catch {
    return undefined;
  }
}

responses.options('/', async (c) => {
  const origin = requestOrigin(c);
  const allowed = !!origin && (isSameOrigin(c, origin) || (await isKnownOrigin(c.env.DB, origin)));
  return preflight(c, allowed, 'POST');
});

responses.post('/', limitBody(), async (c) => {
  const body = validate(ResponseBody, parseJsonText(await c.req.text()), 'response');
  // Cached for a few seconds: the collector's hot path (see getSiteCached).
  const site = await siteForRequest(c, body.site, false);
  const survey = await getSurveyCached(c.env.DB, site.id, body.survey);
  if (!survey) throw new ApiError(404, 'survey_not_found', `Site "${site.id}" has no survey "${body.survey}"`);
  const issues = answerIssues(survey, body.answers);
  if (issues.length) throw new ApiError(400, 'invalid_request', 'The answers do not fit this survey', issues);

  if (body.token !== undefined) {
    const claims = await verifyLink(c, body.token);
    // A body that names another site, survey or ticket than its token is refused like a bad token.
    if (claims.s !== site.id || claims.v !== body.survey || (body.ticket !== undefined && body.ticket !== claims.t)) {
      throw invalidLink();
    }
    const { id, outcome } = await recordLinkAnswers(c.env.DB, claims, body.answers, body.lang ?? claims.l ?? survey.defaultLang);
    return c.json({ id, status: outcome }, outcome === 'created' ? 201 : 200);
  }

  const now = Date.now();
  const { outcome, rowsWritten, batch } = await storeResponse(c.env.DB, {
    id: body.id,
    site: site.id,
    survey: body.survey,
    ticket: body.ticket ?? null,
    csat: body.answers.csat ?? null,
    ces: body.answers.ces ?? null,
    nps: body.answers.nps ?? null,
    comment: body.answers.comment ?? null,
    aspects: body.answers.aspects ?? null,
    lang: body.lang ?? null,
    source: 'widget',
    agent: body.meta?.agent ?? null,
    channel: body.meta?.channel ?? null,
    customer: body.meta?.customer ?? null,
    page: body.meta?.url ?? null,
    createdAt: now,
    updatedAt: now,
  }, keepAlive(c));
  if (outcome === 'conflict') {
    throw new ApiError(409, 'id_conflict', 'This id already belongs to another response; make a new UUID');
  }
  // What D1 bills for this write (its share of the batch: rows, indexes, rollups) and how many
  // responses shared its D1 batch; read by `npm run bench` and the tests.
  c.header('X-D1-Rows-Written', String(Math.round(rowsWritten)));
  c.header('X-D1-Batch', String(batch));
  return c.json({ id: body.id, status: outcome }, outcome === 'created' ? 201 : 200);
});
