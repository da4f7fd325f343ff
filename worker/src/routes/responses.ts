// POST /api/v1/responses — store a response or merge its follow-up, idempotent on the client's id.
// With a link token (the email survey page), the token decides site, survey and ticket.
import { Hono, type Context } from 'hono';
import { answerIssues, ResponseBody } from '../../../shared/schemas';
import { storeResponse } from '../db/responses';
import { widgetSecret } from '../db/links';
import { getSurveyCached, isKnownOrigin, type Site } from '../db/sites';
import type { AppEnv } from '../env';
import { recordLinkAnswers } from '../links/record';
import { ticketTokenValid } from '../links/token';
import { invalidLink, verifyLink } from '../links/verify';
import { limitBody } from '../middleware/body';
import { isSameOrigin, preflight, requestOrigin } from '../middleware/cors';
import { ApiError } from '../middleware/errors';
import { measure } from '../middleware/measure';
import { limitCollector } from '../middleware/rate-limit';
import { siteForRequest } from '../middleware/site-access';
import { keepAlive } from '../keep-alive';
import { parseJsonText, validate } from '../validate';
import { sendAfterCommit } from '../webhooks/deliver';

export const responses = new Hono<AppEnv>();

const TICKET_TOKEN = /^[0-9a-f]{64}$/;

/**
 * Verified tickets (SPEC "Embedding"): a token that matches the ticket marks the response verified;
 * a token that does not is refused, and so is no token where the site requires one.
 */
async function verifiedTicket(c: Context<AppEnv>, site: Site, ticket: string | undefined, token: string | undefined): Promise<0 | 1> {
  if (token !== undefined) {
    const secret = site.widgetSecret ?? (await widgetSecret(c.env.DB, site.id));
    if (ticket === undefined || !secret || !(await ticketTokenValid(site.id, ticket, token, secret))) {
      throw new ApiError(403, 'invalid_token', 'The ticket token does not match this site and ticket');
    }
    return 1;
  }
  if (site.settings.requireVerifiedTickets) {
    throw new ApiError(403, 'verification_required', 'This site accepts answers only for tickets its server vouched for (data-token)');
  }
  return 0;
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

  // A link token (the email page's script) is "<claims>.<signature>"; a widget ticket token is hex.
  if (body.token !== undefined && !TICKET_TOKEN.test(body.token)) {
    const claims = await verifyLink(c, body.token);
    // A body that names another site, survey or ticket than its token is refused like a bad token.
    if (claims.s !== site.id || claims.v !== body.survey || (body.ticket !== undefined && body.ticket !== claims.t)) {
      throw invalidLink();
    }
    const { id, outcome, events } = await recordLinkAnswers(c.env.DB, claims, body.answers, body.lang ?? claims.l ?? survey.defaultLang);
    if (events) sendAfterCommit(c, site.id);
    return c.json({ id, status: outcome }, outcome === 'created' ? 201 : 200);
  }

  await limitCollector(c, site.id);
  const verified = await verifiedTicket(c, site, body.ticket, body.token);
  const now = Date.now();
  const { outcome, rowsWritten, batch, events } = await storeResponse(c.env.DB, {
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
    verified,
    agent: body.meta?.agent ?? null,
    channel: body.meta?.channel ?? null,
    customer: body.meta?.customer ?? null,
    page: body.meta?.url ?? null,
    createdAt: now,
    updatedAt: now,
  }, keepAlive(c));
  if (events) sendAfterCommit(c, site.id);
  if (outcome === 'conflict') {
    throw new ApiError(
      409,
      'id_conflict',
      'This id belongs to another response, or to one that can no longer change: answers may be added for 24 hours, and ticket, agent, channel and customer never change. Make a new UUID for a new response.',
    );
  }
  // What D1 bills for this write (its share of the batch: rows, indexes, rollups) and how many
  // responses shared its D1 batch; read by `npm run bench` and the tests.
  measure(c, 'X-D1-Rows-Written', Math.round(rowsWritten));
  measure(c, 'X-D1-Batch', batch);
  return c.json({ id: body.id, status: outcome }, outcome === 'created' ? 201 : 200);
});
