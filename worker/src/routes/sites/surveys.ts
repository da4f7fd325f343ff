// A site's surveys (admins edit): which questions in which order, follow-ups, CES aspects, and
// wording per language on top of the shipped texts.
import { Hono } from 'hono';
import * as v from 'valibot';
import { surveyIssues } from '../../../../shared/i18n/aspects';
import { Slug, SurveyDefinition } from '../../../../shared/schemas';
import { forgetSite } from '../../db/sites';
import { limitBody } from '../../middleware/body';
import { ApiError } from '../../middleware/errors';
import { mustBeAdmin } from '../../middleware/session';
import { parseJsonText, validate } from '../../validate';
import type { SiteEnv } from './access';

export const siteSurveys = new Hono<SiteEnv>();

siteSurveys.get('/surveys', async (c) => {
  const { results } = await c.env.DB.prepare('SELECT id, definition FROM surveys WHERE site_id = ?1 ORDER BY id')
    .bind(c.get('site'))
    .all<{ id: string; definition: string }>();
  return c.json({ surveys: results.map((r) => ({ id: r.id, definition: v.parse(SurveyDefinition, JSON.parse(r.definition)) })) });
});

siteSurveys.put('/surveys/:survey', limitBody(), async (c) => {
  mustBeAdmin(c.get('principal'));
  const id = validate(v.object({ survey: Slug }), { survey: c.req.param('survey') }, 'survey').survey;
  const definition = validate(SurveyDefinition, parseJsonText(await c.req.text()), 'survey');
  // Beyond the schema: a custom CES aspect needs a label in every shipped language. Checked on writes
  // only, so surveys stored before this rule still load (and show the default language's label).
  const issues = surveyIssues(definition);
  if (issues.length) throw new ApiError(400, 'invalid_request', 'The survey is not valid', issues);
  const now = Date.now();
  const r = await c.env.DB.prepare(
    `INSERT INTO surveys (site_id, id, definition, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
     ON CONFLICT (site_id, id) DO UPDATE SET definition = excluded.definition, updated_at = excluded.updated_at
     RETURNING created_at = updated_at AS created`,
  )
    .bind(c.get('site'), id, JSON.stringify(definition), now)
    .first<{ created: number }>();
  forgetSite(c.get('site'));
  return c.json({ id, definition }, r?.created ? 201 : 200);
});
