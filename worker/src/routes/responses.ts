// POST /api/v1/responses — store a response or merge its follow-up, idempotent on the client's id.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DEFAULT_ASPECTS, ResponseBody, type FieldIssue, type SurveyDefinition } from '../../../shared/schemas';
import { upsertResponse } from '../db/responses';
import { getSurvey, isKnownOrigin } from '../db/sites';
import type { AppEnv } from '../env';
import { isSameOrigin, preflight, requestOrigin } from '../middleware/cors';
import { ApiError } from '../middleware/errors';
import { siteForRequest } from '../middleware/site-access';
import { parseJsonText, validate } from '../validate';

export const MAX_BODY = 16 * 1024;

export const responses = new Hono<AppEnv>();

responses.options('/', async (c) => {
  const origin = requestOrigin(c);
  const allowed = !!origin && (isSameOrigin(c, origin) || (await isKnownOrigin(c.env.DB, origin)));
  return preflight(c, allowed, 'POST');
});

responses.post(
  '/',
  bodyLimit({
    maxSize: MAX_BODY,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `The request body is larger than ${MAX_BODY / 1024} KiB`);
    },
  }),
  async (c) => {
    const body = validate(ResponseBody, parseJsonText(await c.req.text()), 'response');

    const site = await siteForRequest(c, body.site);
    const survey = await getSurvey(c.env.DB, site.id, body.survey);
    if (!survey) throw new ApiError(404, 'survey_not_found', `Site "${site.id}" has no survey "${body.survey}"`);
    const issues = answerIssues(survey, body.answers);
    if (issues.length) throw new ApiError(400, 'invalid_request', 'The answers do not fit this survey', issues);
    if (body.token !== undefined) {
      // Signed email links (issue #4) are the only source of tokens; none is valid before they exist.
      throw new ApiError(403, 'invalid_token', 'This link is not valid');
    }

    const now = Date.now();
    const outcome = await upsertResponse(c.env.DB, {
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
    });
    if (outcome === 'conflict') {
      throw new ApiError(409, 'id_conflict', 'This id already belongs to another response; make a new UUID');
    }
    return c.json({ id: body.id, status: outcome }, outcome === 'created' ? 201 : 200);
  },
);

/** Answers the survey does not ask for are refused rather than stored where no metric reads them. */
function answerIssues(survey: SurveyDefinition, answers: ResponseBody['answers']): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const kinds = new Set(survey.questions.map((q) => q.kind));
  for (const kind of ['csat', 'ces', 'nps'] as const) {
    if (answers[kind] !== undefined && !kinds.has(kind)) {
      issues.push({ path: `answers.${kind}`, message: `This survey does not ask a ${kind.toUpperCase()} question` });
    }
  }
  if (answers.aspects) {
    const ces = survey.questions.find((q) => q.kind === 'ces');
    const allowed = new Set(ces ? (ces.aspects ?? DEFAULT_ASPECTS) : []);
    for (const key of Object.keys(answers.aspects)) {
      if (!allowed.has(key)) issues.push({ path: `answers.aspects.${key}`, message: 'This survey does not rate that aspect' });
    }
  }
  return issues;
}
