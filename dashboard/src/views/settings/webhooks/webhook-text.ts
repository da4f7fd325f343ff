// Words for webhooks in the dashboard: each event and format in plain language, an endpoint's name,
// its filter, and one try's outcome (SPEC "Alerts and webhooks").
import type { WebhookAttempt, WebhookEndpoint, WebhookEventName } from '../../../../../shared/api';
import { tr } from '../../../lib/i18n';
import { WEBHOOK_TEXT } from './webhook-text.text';

// (The words are in webhook-text.text.ts; not from shared/schemas/webhooks: that would bring valibot
// into the dashboard bundle.)
/** Each event's and format's name and meaning in the current language (call it while rendering). */
export const eventInfo = () => tr(WEBHOOK_TEXT).events;
export const formatInfo = () => tr(WEBHOOK_TEXT).formats;

export const EVENTS = Object.keys(WEBHOOK_TEXT.en.events) as WebhookEventName[];
export const FORMATS = Object.keys(WEBHOOK_TEXT.en.formats) as WebhookEndpoint['format'][];

/** What people call an endpoint: its description, else its URL's host and path. */
export function endpointName(e: Pick<WebhookEndpoint, 'description' | 'url'>): string {
  if (e.description) return e.description;
  try {
    const u = new URL(e.url);
    return `${u.host}${u.pathname === '/' ? '' : u.pathname}`;
  } catch {
    return e.url;
  }
}

/** "Survey support, agent luca", or null when every answer counts. */
export function filterText(f: WebhookEndpoint['filter']): string | null {
  const w = tr(WEBHOOK_TEXT);
  const parts = [
    f.survey && `${w.survey} ${f.survey}`,
    f.agent && `${w.agent} ${f.agent}`,
    f.channel && `${w.channel} ${f.channel}`,
  ].filter(Boolean) as string[];
  if (!parts.length) return null;
  const text = parts.join(', ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** "HTTP 503", or the error when the receiver did not answer. */
export function tryText(t: Pick<WebhookAttempt, 'status' | 'error'>): string {
  if (t.status !== null) return `HTTP ${t.status}`;
  return t.error ?? tr(WEBHOOK_TEXT).noAnswer;
}

export function tryOk(t: Pick<WebhookAttempt, 'status'>): boolean {
  return t.status !== null && t.status >= 200 && t.status < 300;
}
