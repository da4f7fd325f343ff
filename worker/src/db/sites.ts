// Queries on sites, their allowed origins and their surveys.
import * as v from 'valibot';
import { SiteSettings, SurveyDefinition } from '../../../shared/schemas';
import { IsolateMemory } from './memory';

export interface Site {
  id: string;
  name: string;
  defaultSurvey: string;
  settings: SiteSettings;
  origins: string[];
  /** Signs widget ticket tokens (verified tickets); never sent to a browser. */
  widgetSecret: string | null;
  /** The version of the email page's logo, null without one (the image itself: email/logo.ts). */
  logoHash: string | null;
}

interface SiteRow {
  id: string;
  name: string;
  default_survey: string;
  settings: string;
  origins: string;
  widget_secret: string | null;
  logo_hash: string | null;
}

const SITE_COLUMNS = `s.id, s.name, s.default_survey, s.settings, s.widget_secret, s.logo_hash,
       (SELECT json_group_array(origin) FROM site_origins WHERE site_id = s.id) AS origins`;

function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    name: row.name,
    defaultSurvey: row.default_survey,
    settings: v.parse(SiteSettings, JSON.parse(row.settings)),
    origins: JSON.parse(row.origins) as string[],
    widgetSecret: row.widget_secret,
    logoHash: row.logo_hash,
  };
}

export async function getSite(db: D1Database, id: string): Promise<Site | null> {
  const row = await db.prepare(`SELECT ${SITE_COLUMNS} FROM sites s WHERE s.id = ?1`).bind(id).first<SiteRow>();
  return row ? toSite(row) : null;
}

/**
 * A site and one of its surveys (its default one without `surveyId`) in one D1 round trip: what the
 * widget's call needs. `definition` is null for a survey the site does not have.
 */
export async function getSiteSurvey(
  db: D1Database,
  siteId: string,
  surveyId: string | undefined,
): Promise<{ site: Site; surveyId: string; definition: SurveyDefinition | null } | null> {
  const row = await db
    .prepare(
      `SELECT ${SITE_COLUMNS}, coalesce(?2, s.default_survey) AS survey_id,
              (SELECT definition FROM surveys WHERE site_id = s.id AND id = coalesce(?2, s.default_survey)) AS definition
         FROM sites s WHERE s.id = ?1`,
    )
    .bind(siteId, surveyId ?? null)
    .first<SiteRow & { survey_id: string; definition: string | null }>();
  if (!row) return null;
  return {
    site: toSite(row),
    surveyId: row.survey_id,
    definition: row.definition === null ? null : v.parse(SurveyDefinition, JSON.parse(row.definition)),
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
 * The collector's lookups, remembered for a few seconds per isolate (db/memory.ts): every response
 * needs its site (origins) and survey, and those change rarely, while each D1 round trip costs ingest
 * throughput. A change of origins or questions reaches the collector within TTL_MS.
 */
const collector = new IsolateMemory<unknown>(1000);

async function cached<T>(key: string, site: string, load: () => Promise<T | null>): Promise<T | null> {
  const hit = collector.get(key);
  if (hit !== undefined) return hit as T;
  const value = await load();
  if (value !== null) collector.set(key, site, value);
  return value;
}

export const getSiteCached = (db: D1Database, id: string) => cached(`site:${id}`, id, () => getSite(db, id));
export const getSurveyCached = (db: D1Database, site: string, survey: string) =>
  cached(`survey:${site}:${survey}`, site, () => getSurvey(db, site, survey));

export { forgetSite } from './memory';
