// A site's settings (admins): allowed origins, template links, the email page's name, colour and logo,
// API keys (shown once, revocable).
import { Hono } from 'hono';
import * as v from 'valibot';
import type { SiteSettingsView } from '../../../../shared/api';
import { hashApiKey, keyPrefix, newApiKey } from '../../../../shared/keys';
import { KeyBody, LOGO_MAX_BYTES, LogoBody, Origin, OriginBody, SettingsPatch } from '../../../../shared/schemas';
import { checkTicketPattern } from '../../../../shared/ticket-pattern';
import { forgetSite, getSite } from '../../db/sites';
import { startZoneChangeQueries } from '../../db/timezone';
import { recountPending, recountSite } from '../../db/zone-recount';
import { imageType, logoPath, sha256Hex } from '../../email/logo';
import { limitBody } from '../../middleware/body';
import { ApiError } from '../../middleware/errors';
import { mustBeAdmin } from '../../middleware/session';
import { parseJsonText, validate } from '../../validate';
import type { SiteEnv } from './access';
import { mergeAgentNames } from './agent-names';

export const settings = new Hono<SiteEnv>();

/** How long the PATCH that changes the zone goes on recounting after its answer (the cron does the rest). */
const RECOUNT_NOW_MS = 10_000;

for (const path of ['/settings', '/logo', '/origins', '/keys', '/keys/*']) {
  settings.use(path, async (c, next) => {
    mustBeAdmin(c.get('principal'));
    await next();
    if (c.req.method !== 'GET') forgetSite(c.get('site'));
  });
}

settings.get('/settings', async (c) => {
  const site = (await getSite(c.env.DB, c.get('site')))!;
  const { results } = await c.env.DB.prepare(
    'SELECT id, prefix, label, created_at, revoked_at FROM api_keys WHERE site_id = ?1 ORDER BY created_at DESC',
  )
    .bind(site.id)
    .all<{ id: string; prefix: string; label: string | null; created_at: number; revoked_at: number | null }>();
  return c.json<SiteSettingsView>({
    origins: site.origins,
    templateLinks: site.settings.templateLinks,
    minDaysBetweenSurveys: site.settings.minDaysBetweenSurveys,
    requireVerifiedTickets: site.settings.requireVerifiedTickets,
    retentionDays: site.settings.retentionDays ?? null,
    ticketUrl: site.settings.ticketUrl ?? null,
    timezone: site.settings.timezone,
    recount: { pending: await recountPending(c.env.DB, site.id) },
    name: site.name,
    brandColor: site.settings.brandColor ?? null,
    logo: site.logoHash ? logoPath(site.id, site.logoHash) : null,
    agentNames: site.settings.agentNames ?? {},
    keys: results.map((k) => ({
      id: k.id,
      prefix: k.prefix,
      label: k.label,
      createdAt: new Date(k.created_at).toISOString(),
      revokedAt: k.revoked_at ? new Date(k.revoked_at).toISOString() : null,
    })),
  });
});

settings.patch('/settings', limitBody(), async (c) => {
  const patch = validate(SettingsPatch, parseJsonText(await c.req.text()), 'settings');
  const patternProblem = patch.templateLinks?.ticketPattern === undefined ? null : checkTicketPattern(patch.templateLinks.ticketPattern);
  if (patternProblem) {
    throw new ApiError(400, 'invalid_request', 'The ticket pattern is not accepted', [{ path: 'templateLinks.ticketPattern', message: patternProblem }]);
  }
  const site = (await getSite(c.env.DB, c.get('site')))!;
  const { ticketUrl, retentionDays, brandColor, name, agentNames, ...rest } = patch;
  const next = { ...site.settings, ...rest };
  // null or "" removes the helpdesk link: tickets link to the dashboard's ticket view again.
  if (ticketUrl !== undefined) {
    if (ticketUrl) next.ticketUrl = ticketUrl;
    else delete next.ticketUrl;
  }
  // null: keep everything.
  if (retentionDays !== undefined) {
    if (retentionDays === null) delete next.retentionDays;
    else next.retentionDays = retentionDays;
  }
  if (brandColor !== undefined) {
    if (brandColor) next.brandColor = brandColor;
    else delete next.brandColor;
  }
  if (agentNames !== undefined) mergeAgentNames(next, agentNames);
  const db = c.env.DB;
  // A new zone is stored with a pending recount in the same batch; the per-day counts move to the new
  // local days in chunks, here after the answer and then every minute from the cron (db/timezone.ts).
  const rezone = rest.timezone !== undefined && rest.timezone !== site.settings.timezone;
  await db.batch([
    ...(rezone ? startZoneChangeQueries(site.id, next.timezone, next.retentionDays, Date.now()).map(([sql, params]) => db.prepare(sql).bind(...params)) : []),
    db.prepare('UPDATE sites SET settings = ?2, name = coalesce(?3, name) WHERE id = ?1').bind(site.id, JSON.stringify(next), name ?? null),
  ]);
  if (rezone) c.executionCtx.waitUntil(recountSite(db, site.id, RECOUNT_NOW_MS).catch((err: unknown) => console.error('zone recount failed', err)));
  return c.json({
    recount: { pending: rezone || (await recountPending(db, site.id)) },
    name: name ?? site.name,
    brandColor: next.brandColor ?? null,
    templateLinks: next.templateLinks,
    minDaysBetweenSurveys: next.minDaysBetweenSurveys,
    requireVerifiedTickets: next.requireVerifiedTickets,
    retentionDays: next.retentionDays ?? null,
    ticketUrl: next.ticketUrl ?? null,
    timezone: next.timezone,
    agentNames: next.agentNames ?? {},
  });
});

/** The logo of the email landing page: PNG, JPEG or WebP, checked by its first bytes, ≤ 64 KiB. */
settings.put('/logo', limitBody(LOGO_MAX_BYTES * 2), async (c) => {
  const { logo } = validate(LogoBody, parseJsonText(await c.req.text()), 'logo');
  const bytes = Uint8Array.from(atob(logo.slice(logo.indexOf(',') + 1)), (ch) => ch.charCodeAt(0));
  const type = imageType(bytes);
  if (!type || bytes.length > LOGO_MAX_BYTES || !logo.startsWith(`data:${type};`)) {
    throw new ApiError(400, 'invalid_request', 'The logo is not accepted', [{ path: 'logo', message: 'Use a PNG, JPEG or WebP image of at most 64 KB' }]);
  }
  const hash = (await sha256Hex(bytes)).slice(0, 16);
  await c.env.DB.prepare('UPDATE sites SET logo = ?2, logo_hash = ?3 WHERE id = ?1').bind(c.get('site'), logo, hash).run();
  return c.json({ logo: logoPath(c.get('site'), hash) });
});

settings.delete('/logo', async (c) => {
  await c.env.DB.prepare('UPDATE sites SET logo = NULL, logo_hash = NULL WHERE id = ?1').bind(c.get('site')).run();
  return c.json({ logo: null });
});

settings.post('/origins', limitBody(), async (c) => {
  const { origin } = validate(OriginBody, parseJsonText(await c.req.text()), 'origin');
  await c.env.DB.prepare('INSERT OR IGNORE INTO site_origins (site_id, origin) VALUES (?1, ?2)').bind(c.get('site'), origin).run();
  return c.json({ origin }, 201);
});

settings.delete('/origins', async (c) => {
  const { origin } = validate(v.object({ origin: Origin }), c.req.query(), 'origin');
  const r = await c.env.DB.prepare('DELETE FROM site_origins WHERE site_id = ?1 AND origin = ?2').bind(c.get('site'), origin).run();
  return c.json({ deleted: r.meta.changes });
});

settings.post('/keys', limitBody(), async (c) => {
  const body = validate(KeyBody, parseJsonText((await c.req.text()) || '{}'), 'key');
  const key = newApiKey();
  const id = crypto.randomUUID();
  const now = Date.now();
  await c.env.DB.prepare('INSERT INTO api_keys (id, site_id, key_hash, prefix, label, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
    .bind(id, c.get('site'), await hashApiKey(key), keyPrefix(key), body.label ?? null, now)
    .run();
  // The only time the key itself is ever sent.
  return c.json({ id, key, prefix: keyPrefix(key), label: body.label ?? null, createdAt: new Date(now).toISOString() }, 201);
});

settings.delete('/keys/:id', async (c) => {
  const r = await c.env.DB.prepare('UPDATE api_keys SET revoked_at = ?3 WHERE id = ?1 AND site_id = ?2 AND revoked_at IS NULL')
    .bind(c.req.param('id'), c.get('site'), Date.now())
    .run();
  if (!r.meta.changes) throw new ApiError(404, 'not_found', 'No such active key');
  return c.json({ revoked: true });
});
