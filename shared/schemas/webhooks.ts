// Webhook endpoints (SPEC "Alerts and webhooks"): events, formats, and where an endpoint may point.
import * as v from 'valibot';
import { JsonObject, Label, Slug } from './common';

export const WEBHOOK_EVENTS = ['response.created', 'response.updated', 'response.negative', 'followup.updated', 'digest.weekly'] as const;
export const WEBHOOK_FORMATS = ['standard', 'slack', 'teams'] as const;

const LOOPBACK = /^(127\.\d{1,3}\.\d{1,3}\.\d{1,3}|localhost|\[::1\])$/i;
// Literal private, link-local, loopback and unspecified addresses, and names that mean this machine.
const PRIVATE =
  /^(10\.|127\.|0\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.|\[(::1?|f[cd][0-9a-f]*:|fe[89ab][0-9a-f]*:|::ffff:)|localhost$|.*\.localhost$|.*\.local$|.*\.internal$)/i;

/**
 * Where an endpoint may point: https to a public host; in local development (`local`) also plain
 * http to loopback. Never a literal private, link-local or loopback address, or a local name, in
 * production.
 */
export function webhookUrlProblem(value: string, local: boolean): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Not a URL';
  }
  if (url.username || url.password) return 'Must not hold a user name or password';
  if (local && url.protocol === 'http:' && LOOPBACK.test(url.hostname)) return null;
  if (url.protocol !== 'https:') return local ? 'Use https://, or http:// to this machine (127.0.0.1, localhost)' : 'Use https://';
  if (!local && PRIVATE.test(url.hostname)) return 'Must be a public host, not a private, link-local or loopback address';
  return null;
}

/** An IPv4 or IPv6 address (as DNS answers give them) that is private, loopback, link-local or unspecified. */
export function privateAddress(ip: string): boolean {
  return PRIVATE.test(ip.includes(':') ? `[${ip.toLowerCase()}` : ip);
}

export const WebhookEvents = v.pipe(v.array(v.picklist(WEBHOOK_EVENTS, 'Unknown event')), v.minLength(1, 'Choose at least one event'));
export const WebhookFormat = v.picklist(WEBHOOK_FORMATS, 'Use standard, slack or teams');

/** Only these answers reach the endpoint (absent: any). */
export const WebhookFilter = v.object({
  survey: v.optional(Slug),
  agent: v.optional(Label(128)),
  channel: v.optional(Label(64)),
});

const WebhookUrl = v.pipe(v.string('Must be a string'), v.trim(), v.maxLength(2000, 'At most 2000 characters'));

export const WebhookCreate = JsonObject(
  v.object({
    url: WebhookUrl,
    events: v.optional(WebhookEvents, ['response.negative']),
    format: v.optional(WebhookFormat, 'standard'),
    description: v.optional(Label(120)),
    filter: v.optional(WebhookFilter, {}),
  }),
);
export type WebhookCreate = v.InferOutput<typeof WebhookCreate>;

export const WebhookPatch = JsonObject(
  v.object({
    url: v.optional(WebhookUrl),
    events: v.optional(WebhookEvents),
    format: v.optional(WebhookFormat),
    description: v.optional(v.nullable(Label(120))),
    filter: v.optional(WebhookFilter),
    /** true: send again to an endpoint that was disabled (after a 410). */
    enabled: v.optional(v.literal(true, 'Only true: an endpoint is disabled by its receiver (410) or removed')),
  }),
);
export type WebhookPatch = v.InferOutput<typeof WebhookPatch>;
