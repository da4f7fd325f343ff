// POST /api/v1/links (Bearer site API key) — a signed survey link for one ticket, with an
// email-safe HTML snippet of the first question's scale and a plain-text fallback.
// POST /api/v1/links/opened (public) — the link's survey page got a person's first tap, click or key.
import { Hono } from 'hono';
import { pickLang, resolveSurvey, surveyLanguages } from '../../../shared/i18n';
import { LinkOpened, LinkRequest } from '../../../shared/schemas';
import { getSite, getSurvey } from '../db/sites';
import { insertLink, markOpened, newLinkId, siteSecret } from '../db/links';
import { upsertFacts } from '../db/tickets';
import { emailSnippet } from '../email/snippet';
import type { AppEnv } from '../env';
import { signToken } from '../links/token';
import { verifyLink } from '../links/verify';
import { apiKeySite } from '../middleware/auth';
import { limitBody } from '../middleware/body';
import { isSameOrigin, publicOrigin, requestOrigin } from '../middleware/cors';
import { ApiError } from '../middleware/errors';
import { limitLinkApi } from '../middleware/rate-limit';
import { parseJsonText, validate } from '../validate';

export const links = new Hono<AppEnv>();

links.post('/', limitBody(), async (c) => {
  const siteId = await apiKeySite(c);
  await limitLinkApi(c, siteId);
  const body = validate(LinkRequest, parseJsonText(await c.req.text()), 'link request');
  const site = (await getSite(c.env.DB, siteId))!;
  const surveyId = body.survey ?? site.defaultSurvey;
  const def = await getSurvey(c.env.DB, site.id, surveyId);
  if (!def) throw new ApiError(404, 'survey_not_found', `Site "${site.id}" has no survey "${surveyId}"`);

  const now = Date.now();
  const expiresAt = now + body.expiresInDays * 864e5;
  const lang = pickLang([body.lang], surveyLanguages(def), def.defaultLang);
  const id = newLinkId();
  const token = await signToken(
    {
      i: id,
      s: site.id,
      v: surveyId,
      t: body.ticket,
      a: body.agent,
      c: body.channel,
      u: body.customer,
      l: body.lang ? lang : undefined,
      e: Math.floor(expiresAt / 1000),
    },
    (await siteSecret(c.env.DB, site.id))!,
  );
  await insertLink(c.env.DB, {
    id,
    site: site.id,
    survey: surveyId,
    ticket: body.ticket,
    agent: body.agent ?? null,
    channel: body.channel ?? null,
    customer: body.customer ?? null,
    lang: body.lang ? lang : null,
    createdAt: now,
    expiresAt,
  });
  if (body.ticketFacts) await upsertFacts(c.env.DB, site.id, [{ ...body.ticketFacts, ticket: body.ticket }], now);
  const url = `${publicOrigin(c)}/s/${token}`;
  const { html, text } = emailSnippet({ url, survey: resolveSurvey(def, lang) });
  return c.json({ url, html, text, expiresAt: new Date(expiresAt).toISOString() }, 201);
});

/**
 * Sent once by the survey page's script (widget/src/page/opened.ts) on a person's first pointerdown,
 * keydown or touchstart: never on load, so scanners that GET, HEAD or render the page count nothing.
 * The token is checked as the page checks it (403 forged or unknown, 410 expired, rate-limited per
 * token, client and site). Only a signed link has a row to mark; a template link records nothing.
 * Idempotent: the first time is kept.
 */
links.post('/opened', limitBody(), async (c) => {
  const origin = requestOrigin(c);
  if (origin && !isSameOrigin(c, origin)) throw new ApiError(403, 'origin_not_allowed', 'Only the survey page may say it was opened');
  const { token } = validate(LinkOpened, parseJsonText(await c.req.text()), 'request');
  const claims = await verifyLink(c, token);
  if (claims.i !== undefined) await markOpened(c.env.DB, claims.i, claims.s, Date.now());
  return c.body(null, 204);
});
