// POST /api/v1/links (Bearer site API key) — a signed survey link for one ticket, with an
// email-safe HTML snippet of the first question's scale and a plain-text fallback.
import { Hono } from 'hono';
import { pickLang, resolveSurvey, surveyLanguages } from '../../../shared/i18n';
import { LinkRequest } from '../../../shared/schemas';
import { getSite, getSurvey } from '../db/sites';
import { insertLink, newLinkId, siteSecret } from '../db/links';
import { emailSnippet } from '../email/snippet';
import type { AppEnv } from '../env';
import { signToken } from '../links/token';
import { apiKeySite } from '../middleware/auth';
import { limitBody } from '../middleware/body';
import { publicOrigin } from '../middleware/cors';
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
  const url = `${publicOrigin(c)}/s/${token}`;
  const { html, text } = emailSnippet({ url, survey: resolveSurvey(def, lang) });
  return c.json({ url, html, text, expiresAt: new Date(expiresAt).toISOString() }, 201);
});
