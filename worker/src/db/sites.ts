// Queries on sites, their allowed origins and their surveys.
import * as v from 'valibot';
import { SiteSettings, SurveyDefinition } from '../../../shared/schemas';

export interface Site {
  id: string;
  name: string;
  defaultSurvey: string;
  settings: SiteSettings;
  origins: string[];
  /** Signs widget ticket tokens (verified tickets); never sent to a browser. */
  widgetSecret: string | null;
}

interface SiteRow {
  id: string;
  name: string;
  default_survey: string;
  settings: string;
  origins: string;
  widget_secret: string | null;
}

export async function getSite(db: D1Database, id: string): Promise<Site | null> {
  const row = await db
    .prepare(
      `SELECT s.id, s.name, s.default_survey, s.settings, s.widget_secret,
              (SELECT json_group_array(origin) FROM site_origins WHERE site_id = s.id) AS origins
         FROM sites s WHERE s.id = ?1`,
    )
    .bind(id)
    .first<SiteRow>();
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    defaultSurvey: row.default_survey,
    settings: v.parse(SiteSettings, JSON.parse(row.settings)),
    origins: JSON.parse(row.origins) as string[],
    widgetSecret: row.widget_secret,
  };
}

/** Whether any site lists this origin: all a CORS preflight, which carries no body, can check. */
export async function isKnownOrigin(db: D1Database, origin: string): Promise<boolean> {
  const row = await db.prepare('SELECT 1 AS ok FROM site_origins WHERE origin = ?1 LIMIT 1').bind(origin).first();
  return row !== null;
}

export async function getSurvey(db: D1Database, siteId: string, surveyId: string): Promise<SurveyDefinition | null> {
  const row = await db
    .prepare('SELECT definition FROM surveys WHERE site_id = ?1 AND id = ?2')
    .bind(siteId, surveyId)
    .first<{ definition: string }>();
  return row ? v.parse(SurveyDefinition, JSON.parse(row.definition)) : null;
}

/**
 * The collector's lookups, remembered for a few seconds per isolate: every response needs its site
 * (origins) and survey, and those change rarely, while each D1 round trip costs ingest throughput.
 * A change of origins or questions reaches the collector within CACHE_MS.
 */
const CACHE_MS = 5000;
// Values only, never promises: a promise made by one request must not be awaited by another.
const cache = new Map<string, { at: number; value: unknown }>();

async function cached<T>(key: string, load: () => Promise<T | null>): Promise<T | null> {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < CACHE_MS) return hit.value as T;
  const value = await load();
  if (value !== null) {
    cache.set(key, { at: Date.now(), value });
    if (cache.size > 1000) cache.delete(cache.keys().next().value!);
  }
  return value;
}

export const getSiteCached = (db: D1Database, id: string) => cached(`site:${id}`, () => getSite(db, id));
export const getSurveyCached = (db: D1Database, site: string, survey: string) =>
  cached(`survey:${site}:${survey}`, () => getSurvey(db, site, survey));

/** Forgets what this isolate remembers of a site, after a change made through the API. */
export function forgetSite(site: string): void {
  for (const key of cache.keys()) if (key === `site:${site}` || key.startsWith(`survey:${site}:`)) cache.delete(key);
}
