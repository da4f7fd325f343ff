// /api/v1/sites — the dashboard's data, behind a session or a site API key (SPEC.md).
import { Hono } from 'hono';
import type { SiteInfo } from '../../../../shared/api';
import type { AppEnv } from '../../env';
import { principal } from '../../middleware/session';
import { siteAccess, type SiteEnv } from './access';
import { followups } from './followups';
import { metrics } from './metrics';
import { siteResponses } from './responses';
import { settings } from './settings';

export const sites = new Hono<AppEnv>();

/** The sites this caller may read, with what the filters can choose from. */
sites.get('/', async (c) => {
  const p = await principal(c);
  const db = c.env.DB;
  const { results } = await db
    .prepare(`SELECT id, name, default_survey FROM sites ${p.kind === 'key' ? 'WHERE id = ?1' : ''} ORDER BY id`)
    .bind(...(p.kind === 'key' ? [p.site] : []))
    .all<{ id: string; name: string; default_survey: string }>();
  const list: SiteInfo[] = [];
  for (const s of results) {
    const distinct = (column: string) =>
      db.prepare(`SELECT DISTINCT ${column} AS v FROM responses WHERE site_id = ?1 AND ${column} IS NOT NULL ORDER BY v`).bind(s.id);
    const [surveys, agents, channels, langs] = await db.batch<{ v: string }>([
      db.prepare('SELECT id AS v FROM surveys WHERE site_id = ?1 ORDER BY id').bind(s.id),
      distinct('agent'),
      distinct('channel'),
      distinct('lang'),
    ]);
    list.push({
      id: s.id,
      name: s.name,
      defaultSurvey: s.default_survey,
      surveys: surveys!.results.map((r) => r.v),
      agents: agents!.results.map((r) => r.v),
      channels: channels!.results.map((r) => r.v),
      languages: langs!.results.map((r) => r.v),
    });
  }
  c.header('Cache-Control', 'no-store');
  return c.json({ sites: list });
});

const site = new Hono<SiteEnv>();
site.use('*', siteAccess());
site.route('/', metrics);
site.route('/', siteResponses);
site.route('/', followups);
site.route('/', settings);
sites.route('/:site', site as unknown as Hono<AppEnv>);
