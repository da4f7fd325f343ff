// GET /api/v1/surveys/:site/:survey?lang= — the survey definition the widget renders, in one language.
import { Hono } from 'hono';
import * as v from 'valibot';
import { pickLang, resolveSurvey, surveyLanguages } from '../../../shared/i18n';
import { Slug } from '../../../shared/schemas';
import { getSurvey } from '../db/sites';
import type { AppEnv } from '../env';
import { ApiError } from '../middleware/errors';
import { siteForRequest } from '../middleware/site-access';
import { validate } from '../validate';

const Params = v.object({ site: Slug, survey: v.optional(Slug) });
const Query = v.object({ lang: v.optional(v.pipe(v.string(), v.maxLength(35))) });

export const surveys = new Hono<AppEnv>();

// Without :survey, the site's default survey (the widget's data-survey is optional).
surveys.get('/:site/:survey?', async (c) => {
  const params = validate(Params, c.req.param(), 'survey address');
  const query = validate(Query, c.req.query(), 'query');
  const site = await siteForRequest(c, params.site);
  const surveyId = params.survey ?? site.defaultSurvey;
  const def = await getSurvey(c.env.DB, site.id, surveyId);
  if (!def) throw new ApiError(404, 'survey_not_found', `Site "${site.id}" has no survey "${surveyId}"`);

  const languages = surveyLanguages(def);
  const acceptLanguage = (c.req.header('accept-language') ?? '').split(',').map((part) => part.split(';')[0]);
  const lang = pickLang([query.lang, ...acceptLanguage], languages, def.defaultLang);
  c.header('Cache-Control', 'public, max-age=60');
  // Cached answers differ by Accept-Language (when ?lang= is absent or not offered); CORS adds Origin.
  c.header('Vary', 'Accept-Language', { append: true });
  return c.json({
    site: site.id,
    survey: surveyId,
    languages,
    settings: { minDaysBetweenSurveys: site.settings.minDaysBetweenSurveys },
    ...resolveSurvey(def, lang),
  });
});
