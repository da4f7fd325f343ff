// Webhook commands (SPEC "Alerts and webhooks"): add (prints the secret once; --survey, --agent and
// --channel limit it to those answers), list, remove.
import { randomBytes } from 'node:crypto';
import { Slug, WEBHOOK_EVENTS, WebhookEvents, WebhookFilter, WebhookFormat, webhookUrlProblem } from '../../shared/schemas';
import { CommandError, d1Query, sqlLiteral } from '../lib/wrangler';
import { parse, requireSite, type Command } from './args';

export function webhookAdd({ rest, flags, target, print, now }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  const url = rest[1];
  if (url === undefined) throw new CommandError('Give the endpoint URL, e.g. https://hooks.example.com/voce');
  const problem = webhookUrlProblem(url, !target.remote);
  if (problem) throw new CommandError(`URL: ${problem}`);
  const events = parse(WebhookEvents, (flags.get('events') ?? ['response.negative']).flatMap((e) => e.split(',')), 'Events');
  const format = parse(WebhookFormat, flags.get('format')?.[0] ?? 'standard', 'Format');
  const filter = parse(WebhookFilter, { survey: flags.get('survey')?.[0], agent: flags.get('agent')?.[0], channel: flags.get('channel')?.[0] }, 'Filter');
  requireSite(site, target);
  const id = `ep_${randomBytes(8).toString('hex')}`;
  const secret = `whsec_${randomBytes(32).toString('base64')}`;
  d1Query(
    `INSERT INTO webhook_endpoints (id, site_id, url, events, format, secret, survey_id, agent, channel, created_at)
     VALUES (${[id, site, url, JSON.stringify(events), format, secret, filter.survey ?? null, filter.agent ?? null, filter.channel ?? null].map(sqlLiteral).join(', ')}, ${now})`,
    target,
  );
  const only = Object.entries(filter).filter(([, v]) => v !== undefined).map(([k, v]) => `${k} ${v}`);
  print(`Added webhook ${id} for site "${site}": ${format}, ${events.join(', ')}${only.length ? ` (only ${only.join(', ')})` : ''} → ${url}`);
  print(`Secret (shown once; verify the webhook-signature header with it): ${secret}`);
}

export function webhookList({ rest, target, print }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  requireSite(site, target);
  const rows = d1Query<{ id: string; url: string; events: string; format: string; only: string | null; disabled_at: number | null; pending: number; failed: number }>(
    `SELECT e.id, e.url, e.events, e.format, e.disabled_at,
            nullif(trim(coalesce('survey ' || e.survey_id || ' ', '') || coalesce('agent ' || e.agent || ' ', '') || coalesce('channel ' || e.channel, '')), '') AS only,
            (SELECT count(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id AND o.status = 'pending') AS pending,
            (SELECT count(*) FROM webhook_outbox o WHERE o.endpoint_id = e.id AND o.status = 'failed') AS failed
       FROM webhook_endpoints e WHERE e.site_id = ${sqlLiteral(site)} ORDER BY e.created_at`,
    target,
  );
  if (rows.length === 0) print(`Site "${site}" has no webhooks. Events: ${WEBHOOK_EVENTS.join(', ')}`);
  for (const r of rows) {
    const state = r.disabled_at ? `disabled ${new Date(r.disabled_at).toISOString()}` : 'active';
    const only = r.only ? `  only ${r.only}` : '';
    print(`${r.id}  ${r.format}  ${(JSON.parse(r.events) as string[]).join(',')}${only}  ${r.url}  (${state}; ${r.pending} pending, ${r.failed} failed)`);
  }
}

export function webhookRemove({ rest, target, print }: Command): void {
  const site = parse(Slug, rest[0], 'Site');
  const id = rest[1];
  if (!id) throw new CommandError('Give the webhook id (npm run admin -- webhook list <site>)');
  const gone = d1Query<{ id: string }>(`DELETE FROM webhook_endpoints WHERE site_id = ${sqlLiteral(site)} AND id = ${sqlLiteral(id)} RETURNING id`, target);
  if (gone.length === 0) throw new CommandError(`Site "${site}" has no webhook ${id}`);
  print(`Removed webhook ${id} of site "${site}" and its undelivered events`);
}
