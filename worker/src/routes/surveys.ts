// GET /api/v1/surveys/:site/:survey?lang= — the survey definition the widget renders, in one language.
// Every page with the widget calls it, so it is answered from this isolate's memory (issue #11): the
// site and survey for db/memory.ts's TTL_MS (5 s), each language's JSON rendered and hashed once,
// and a 304 without a body to whoever already holds that version (If-None-Match).
import { Hono } from 'hono';
import * as v from 'valibot';
import { pickLang, resolveSurvey, surveyLanguages } from '../../../shared/i18n';
import { Slug, type SurveyDefinition } from '../../../shared/schemas';
import { IsolateMemory } from '../db/memory';
import { getSiteSurvey, type Site } from '../db/sites';
import type { AppEnv } from '../env';
import { ApiError } from '../middleware/errors';
import { checkOrigin, siteNotFound } from '../middleware/site-access';
import { validate } from '../validate';

const Params = v.object({ site: Slug, survey: v.optional(Slug) });
const Query = v.object({ lang: v.optional(v.pipe(v.string(), v.maxLength(35))) });

/**
 * A minute in any cache, browser or shared: a visitor who opens several pages within it asks once
 * (every call is also a billed Worker request), and after it the browser revalidates with the ETag,
 * which costs a body-less 304. A minute is also the longest an admin's edit waits in a browser that
 * already had the survey (plus TTL_MS on the worker). No stale-while-revalidate: it would stretch that.
 * `public` is safe: the body is the same for everyone, and Vary keeps languages and origins apart.
 */
const CACHE_CONTROL = 'public, max-age=60';

interface Rendered {
  body: string;
  etag: string;
}

/** What one isolate knows of a site and survey; `rendered` fills in per language as they are asked. */
interface WidgetSurvey {
  site: Site | null;
  surveyId: string;
  definition: SurveyDefinition | null;
  languages: string[];
  rendered: Map<string, Rendered>;
}

// Keys are the validated site and survey, never ?lang= or Accept-Language (a language is one of the
// survey's own, so the variants per entry are bounded by the definition). Found: up to 500 pairs and
// about 4 MiB of rendered JSON. Unknown sites and surveys (404): their own 500 small entries for
// TTL_MS, so a misconfigured data-site on a busy page does not reach D1 on every view, and a spray of
// made-up names cannot push the real ones out.
const found = new IsolateMemory<WidgetSurvey>(500, 4 * 1024 * 1024);
const missing = new IsolateMemory<WidgetSurvey>(500);

async function widgetSurvey(db: D1Database, siteId: string, surveyId: string | undefined): Promise<{ key: string; entry: WidgetSurvey }> {
  const key = `${siteId}/${surveyId ?? ''}`;
  const hit = found.get(key) ?? missing.get(key);
  if (hit) return { key, entry: hit };
  const row = await getSiteSurvey(db, siteId, surveyId);
  const definition = row?.definition ?? null;
  const entry: WidgetSurvey = {
    site: row?.site ?? null,
    surveyId: row?.surveyId ?? surveyId ?? '',
    definition,
    languages: definition ? surveyLanguages(definition) : [],
    rendered: new Map(),
  };
  if (definition) found.set(key, siteId, entry, JSON.stringify(definition).length + JSON.stringify(entry.site).length);
  else missing.set(key, siteId, entry);
  return { key, entry };
}

/** The JSON the widget gets and its strong ETag: a hash of exactly those bytes, so any change shows. */
async function render(entry: WidgetSurvey, lang: string): Promise<Rendered> {
  const site = entry.site!;
  const body = JSON.stringify({
    site: site.id,
    survey: entry.surveyId,
    languages: entry.languages,
    settings: { minDaysBetweenSurveys: site.settings.minDaysBetweenSurveys },
    ...resolveSurvey(entry.definition!, lang),
  });
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  const etag = `"${[...digest.subarray(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('')}"`;
  return { body, etag };
}

/**
 * If-None-Match uses the weak comparison (RFC 9110 §13.1.2): a `W/` that a compressing proxy (or
 * Cloudflare, when it compresses on the fly) put on our strong tag still matches.
 */
function holdsCurrent(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

export const surveys = new Hono<AppEnv>();

// Without :survey, the site's default survey (the widget's data-survey is optional).
surveys.get('/:site/:survey?', async (c) => {
  const params = validate(Params, c.req.param(), 'survey address');
  const query = validate(Query, c.req.query(), 'query');
  const { key, entry } = await widgetSurvey(c.env.DB, params.site, params.survey);
  if (!entry.site) throw siteNotFound(params.site);
  checkOrigin(c, entry.site);
  if (!entry.definition) throw new ApiError(404, 'survey_not_found', `Site "${entry.site.id}" has no survey "${entry.surveyId}"`);

  const acceptLanguage = (c.req.header('accept-language') ?? '').split(',').map((part) => part.split(';')[0]);
  const lang = pickLang([query.lang, ...acceptLanguage], entry.languages, entry.definition.defaultLang);
  let answer = entry.rendered.get(lang);
  if (!answer) {
    answer = await render(entry, lang);
    if (!entry.rendered.has(lang)) {
      entry.rendered.set(lang, answer);
      found.grow(key, entry, answer.body.length);
    }
  }
  // The same headers on the 200 and the 304 (RFC 9110 §15.4.5), so a cache that revalidates keeps
  // them; CORS adds Access-Control-Allow-Origin and Vary: Origin to both.
  c.header('Cache-Control', CACHE_CONTROL);
  // Cached answers differ by Accept-Language (when ?lang= is absent or not offered); CORS adds Origin.
  c.header('Vary', 'Accept-Language', { append: true });
  c.header('ETag', answer.etag);
  if (holdsCurrent(c.req.header('if-none-match'), answer.etag)) return c.body(null, 304);
  return c.body(answer.body, 200, { 'Content-Type': 'application/json' });
});
