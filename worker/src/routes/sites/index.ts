// /api/v1/sites — the dashboard's data, behind a session or a site API key (SPEC.md).
import { Hono } from 'hono';
import type { SiteInfo } from '../../../../shared/api';
import type { AppEnv } from '../../env';
import { DEFAULT_SURVEY, DEFAULT_SURVEY_ID } from '../../../../shared/demo';
import { SiteCreate } from '../../../../shared/schemas';
import { randomSecret } from '../../db/links';
import { forgetSite } from '../../db/sites';
import { limitBody } from '../../middleware/body';
import { ApiError } from '../../middleware/errors';
import { mustBeOwner, principal } from '../../middleware/session';
import { parseJsonText, validate } from '../../validate';
import { siteAccess, type SiteEnv } from './access';
import { followups } from './followups';
import { aspects } from './aspects';
import { metrics } from './metrics';
import { people } from './people';
import { siteResponses } from './responses';
import { settings } from './settings';
import { siteSurveys } from './surveys';
import { support } from './support';
import { webhooks } from './webhooks';

export const sites = new Hono<AppEnv>();

/** The sites this caller may read, with what the filters can choose from. */
sites.get('/', async (c) => {
  const p = await principal(c);
  const db = c.env.DB;
  // A key sees its site; a person the sites granted to them (null: every site).
  const only = p.kind === 'key' ? [p.site] : p.sites;
  // Three reads whatever the number of responses: the sites, their surveys, and the agents,
  // channels and languages each has seen (site_values, kept by triggers: migrations/0006).
  const mine = (column: string) => (only ? `WHERE ${column} IN (SELECT value FROM json_each(?1))` : '');
  const params = only ? [JSON.stringify(only)] : [];
  const [sitesRes, surveysRes, valuesRes] = await db.batch<Record<string, string>>([
    db.prepare(`SELECT id, name, default_survey, settings ->> '$.ticketUrl' AS ticket_url, settings ->> '$.timezone' AS timezone, settings ->> '$.agentNames' AS agent_names,
      EXISTS (SELECT 1 FROM zone_recounts z WHERE z.site_id = sites.id) AS recounting FROM sites ${mine('id')} ORDER BY id`).bind(...params),
    db.prepare(`SELECT site_id, id FROM surveys ${mine('site_id')} ORDER BY site_id, id`).bind(...params),
    db.prepare(`SELECT site_id, dim, value FROM site_values ${mine('site_id')} ORDER BY site_id, dim, value`).bind(...params),
  ]);
  const list = new Map<string, SiteInfo>();
  for (const s of sitesRes!.results) {
    list.set(s.id!, { id: s.id!, name: s.name!, defaultSurvey: s.default_survey!, ticketUrl: s.ticket_url ?? null, timezone: s.timezone ?? 'UTC', ...(Number(s.recounting) ? { recounting: true } : {}), surveys: [], agents: [], agentNames: s.agent_names ? JSON.parse(s.agent_names) : {}, channels: [], languages: [] });
  }
  for (const r of surveysRes!.results) list.get(r.site_id!)?.surveys.push(r.id!);
  const field = { agent: 'agents', channel: 'channels', lang: 'languages' } as const;
  for (const r of valuesRes!.results) list.get(r.site_id!)?.[field[r.dim as keyof typeof field]].push(r.value!);
  return c.json({ sites: [...list.values()] });
});

/** A new site (admins of every site), with the default survey and its own link and widget secrets. */
sites.post('/', limitBody(), async (c) => {
  mustBeOwner(await principal(c));
  const body = validate(SiteCreate, parseJsonText(await c.req.text()), 'site');
  const db = c.env.DB;
  if (await db.prepare('SELECT 1 AS ok FROM sites WHERE id = ?1').bind(body.id).first()) {
    throw new ApiError(409, 'site_exists', `Site "${body.id}" exists already`);
  }
  const now = Date.now();
  await db.batch([
    db
      .prepare('INSERT INTO sites (id, name, default_survey, link_secret, widget_secret, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
      .bind(body.id, body.name ?? body.id, DEFAULT_SURVEY_ID, randomSecret(), randomSecret(), now),
    ...body.origins.map((o) => db.prepare('INSERT OR IGNORE INTO site_origins (site_id, origin) VALUES (?1, ?2)').bind(body.id, o)),
    db.prepare('INSERT INTO surveys (site_id, id, definition, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)').bind(body.id, DEFAULT_SURVEY_ID, JSON.stringify(DEFAULT_SURVEY), now),
  ]);
  // This isolate may remember the name as unknown (a widget that asked before the site existed).
  forgetSite(body.id);
  return c.json({ id: body.id, name: body.name ?? body.id, origins: body.origins }, 201);
});

const site = new Hono<SiteEnv>();
site.use('*', siteAccess());
site.route('/', metrics);
site.route('/', aspects);
site.route('/', support);
site.route('/', siteResponses);
site.route('/', followups);
site.route('/', people);
site.route('/', settings);
site.route('/', siteSurveys);
site.route('/', webhooks);
sites.route('/:site', site as unknown as Hono<AppEnv>);
