// Site commands: create, origins, template links, verified tickets, API keys and the two per-site
// secrets (the widget's ticket-token secret, printed on request; the link secret, rotated on request).
import { randomBytes, randomUUID } from 'node:crypto';
import { DEFAULT_SURVEY, DEFAULT_SURVEY_ID } from '../../shared/demo';
import { hashApiKey, keyPrefix, newApiKey } from '../../shared/keys';
import { Label, SiteSettings, Slug, TicketUrlOrNone, TimeZone } from '../../shared/schemas';
import { zoneChangeQueries } from '../../worker/src/db/timezone';
import * as v from 'valibot';
import { checkTicketPattern } from '../../shared/ticket-pattern';
import { CommandError, d1Query, sqlLiteral } from '../lib/wrangler';
import { onOff, origin, parse, requireSite, type Command } from './args';

const secret = () => randomBytes(32).toString('hex');

export function siteCreate({ rest, flags, target, print, now }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  const origins = (flags.get('origin') ?? []).map(origin);
  if (origins.length === 0) throw new CommandError('Give at least one --origin <url> where the widget will be embedded');
  const name = parse(Label(120), flags.get('name')?.[0] ?? site, 'Name');
  if (d1Query(`SELECT id FROM sites WHERE id = ${sqlLiteral(site)}`, target).length > 0) {
    throw new CommandError(`Site "${site}" already exists; add origins with: npm run admin -- site add-origin ${site} <url>`);
  }
  d1Query(
    [
      `INSERT INTO sites (id, name, default_survey, link_secret, widget_secret, created_at) VALUES (${sqlLiteral(site)}, ${sqlLiteral(name)}, ${sqlLiteral(DEFAULT_SURVEY_ID)}, ${sqlLiteral(secret())}, ${sqlLiteral(secret())}, ${now})`,
      ...origins.map((o) => `INSERT OR IGNORE INTO site_origins (site_id, origin) VALUES (${sqlLiteral(site)}, ${sqlLiteral(o)})`),
      `INSERT INTO surveys (site_id, id, definition, created_at, updated_at) VALUES (${sqlLiteral(site)}, ${sqlLiteral(DEFAULT_SURVEY_ID)}, ${sqlLiteral(JSON.stringify(DEFAULT_SURVEY))}, ${now}, ${now})`,
    ].join(';\n'),
    target,
  );
  print(`Created site "${site}" with survey "${DEFAULT_SURVEY_ID}", allowed origins: ${origins.join(', ')}`);
}

export function siteAddOrigin({ rest, target, print }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  if (rest[1] === undefined) throw new CommandError('Give the origin to add, e.g. https://support.example.com');
  const o = origin(rest[1]);
  requireSite(site, target);
  d1Query(`INSERT OR IGNORE INTO site_origins (site_id, origin) VALUES (${sqlLiteral(site)}, ${sqlLiteral(o)})`, target);
  print(`Site "${site}" now accepts responses from ${o}`);
}

export function siteTemplateLinks({ rest, flags, target, print }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  const on = onOff(rest[1], 'npm run admin -- site template-links acme on');
  const pattern = flags.get('pattern')?.[0];
  if (pattern !== undefined) {
    const problem = checkTicketPattern(pattern);
    if (problem) throw new CommandError(`--pattern ${pattern} is not a valid ticket pattern: ${problem}`);
  }
  requireSite(site, target);
  const value = JSON.stringify({ enabled: on, ...(pattern ? { ticketPattern: pattern } : {}) });
  d1Query(`UPDATE sites SET settings = json_set(settings, '$.templateLinks', json(${sqlLiteral(value)})) WHERE id = ${sqlLiteral(site)}`, target);
  print(`Template links for site "${site}" are ${on ? 'on' : 'off'}${pattern ? `, ticket IDs matching ${pattern}` : ''}.`);
}

/**
 * A new time zone: the setting and the recount of the site's per-day counts in one run of statements
 * (worker/src/db/timezone.ts, as PATCH …/settings does), the parameters written in as SQL literals.
 */
function setTimeZone(site: string, zone: string, { target, print, now }: Command): void {
  const settings = v.parse(SiteSettings, JSON.parse(d1Query<{ s: string }>(`SELECT settings AS s FROM sites WHERE id = ${sqlLiteral(site)}`, target)[0]!.s));
  if (settings.timezone === zone) {
    print(`Site "${site}" is already in ${zone}.`);
    return;
  }
  const literal = (p: unknown) => (typeof p === 'number' ? String(p) : sqlLiteral(String(p)));
  const sql = zoneChangeQueries(site, zone, settings.retentionDays, now).map(([q, params]) => q.replace(/\?(\d+)/g, (_, n: string) => literal(params[Number(n) - 1])));
  sql.push(`UPDATE sites SET settings = json_set(settings, '$.timezone', ${sqlLiteral(zone)}) WHERE id = ${sqlLiteral(site)}`);
  d1Query(sql.join(';\n'), target);
  print(`Site "${site}" now counts its days in ${zone} (was ${settings.timezone}); its per-day counts were recounted.`);
}

/** `site set <site> [--timezone <IANA name>] [--require-verified-tickets on|off] [--ticket-url <template with {ticket}> | --ticket-url ""]` */
export function siteSet(command: Command): void {
  const { rest, flags, target, print } = command;
  const site = parse(Slug, rest[0], 'Site');
  const require = flags.get('require-verified-tickets')?.[0];
  const ticketUrl = flags.get('ticket-url')?.[0];
  const timezone = flags.get('timezone')?.[0];
  if (require === undefined && ticketUrl === undefined && timezone === undefined) {
    throw new CommandError('Say what to set, e.g. npm run admin -- site set acme --timezone Europe/Rome, --require-verified-tickets on, or --ticket-url https://acme.zendesk.com/agent/tickets/{ticket}');
  }
  const on = require === undefined ? undefined : onOff(require, 'npm run admin -- site set acme --require-verified-tickets on');
  const url = ticketUrl === undefined ? undefined : parse(TicketUrlOrNone, ticketUrl, 'Ticket URL');
  const zone = timezone === undefined ? undefined : parse(TimeZone, timezone, 'Time zone');
  requireSite(site, target);
  if (zone !== undefined) setTimeZone(site, zone, command);
  if (url !== undefined) {
    const change = url ? `json_set(settings, '$.ticketUrl', ${sqlLiteral(url)})` : "json_remove(settings, '$.ticketUrl')";
    d1Query(`UPDATE sites SET settings = ${change} WHERE id = ${sqlLiteral(site)}`, target);
    print(url ? `Tickets of site "${site}" now link to ${url}` : `Tickets of site "${site}" link to the dashboard's ticket view again.`);
  }
  if (on === undefined) return;
  d1Query(`UPDATE sites SET settings = json_set(settings, '$.requireVerifiedTickets', json('${on}')) WHERE id = ${sqlLiteral(site)}`, target);
  print(
    on
      ? `Site "${site}" now accepts widget answers only with a valid data-token, and no template links. Its widget secret: npm run admin -- site widget-secret ${site}`
      : `Site "${site}" accepts widget answers without a ticket token again (those with a valid one are still marked verified).`,
  );
}

/** Prints the secret a site's server signs ticket tokens with, making one if the site has none. */
export function siteWidgetSecret({ rest, target, print }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  requireSite(site, target);
  d1Query(`UPDATE sites SET widget_secret = ${sqlLiteral(secret())} WHERE id = ${sqlLiteral(site)} AND widget_secret IS NULL`, target);
  const value = d1Query<{ s: string }>(`SELECT widget_secret AS s FROM sites WHERE id = ${sqlLiteral(site)}`, target)[0]!.s;
  print(`Widget secret of site "${site}" (keep it on your server; never put it in a page):

  ${value}

Token for a ticket: hex HMAC-SHA256 of "${site}\\n<ticket>" with this secret, passed as data-token (see README "Verified tickets").`);
}

/** A new link secret: every signed link and template token issued before stops working. */
export function siteRotateLinkSecret({ rest, target, print }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  requireSite(site, target);
  d1Query(
    [`UPDATE sites SET link_secret = ${sqlLiteral(secret())} WHERE id = ${sqlLiteral(site)}`, `DELETE FROM erasures WHERE site_id = ${sqlLiteral(site)}`].join(';\n'),
    target,
  );
  print(`Rotated the link secret of site "${site}". Every signed link issued before now answers 403; template links work again once reopened from the email.`);
}

export async function keyCreate({ rest, flags, target, print, now }: Command): Promise<void> {
  const site = parse(Slug, rest[0], 'Site');
  const label = flags.get('label')?.[0];
  requireSite(site, target);
  const key = newApiKey();
  d1Query(
    `INSERT INTO api_keys (id, site_id, key_hash, prefix, label, created_at) VALUES (${sqlLiteral(randomUUID())}, ${sqlLiteral(site)}, ${sqlLiteral(await hashApiKey(key))}, ${sqlLiteral(keyPrefix(key))}, ${sqlLiteral(label ? parse(Label(120), label, 'Label') : null)}, ${now})`,
    target,
  );
  print(`API key for site "${site}" (shown only this once; store it now):\n\n  ${key}\n`);
}
