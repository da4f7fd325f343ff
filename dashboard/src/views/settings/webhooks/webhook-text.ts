// Words for webhooks in the dashboard: each event and format in plain language, an endpoint's name,
// its filter, and one try's outcome (SPEC "Alerts and webhooks").
import type { WebhookAttempt, WebhookEndpoint, WebhookEventName } from '../../../../../shared/api';

// Typed as Records over the shared types, so a new event or format is a type error here until named.
// (Not imported from shared/schemas/webhooks: that would bring valibot into the dashboard bundle.)
export const EVENT_INFO: Record<WebhookEventName, { label: string; about: string }> = {
  'response.negative': {
    label: 'Unhappy customer',
    about: 'Once per response, when it first becomes negative: NPS 0–6, CSAT 1–2 or CES 4 or more.',
  },
  'response.created': { label: 'New response', about: 'Every new response, as soon as its first answer arrives.' },
  'response.updated': {
    label: 'Response changed',
    about: 'A later answer changes a response: another score, the comment or an aspect rating.',
  },
  'followup.updated': {
    label: 'Follow-up changed',
    about: 'Someone changes a follow-up’s status, owner or note in the follow-up inbox.',
  },
  'digest.weekly': {
    label: 'Weekly digest',
    about: 'Mondays at 08:00 UTC: last week’s numbers with their margins, the agents, and the follow-ups still new.',
  },
};

export const FORMAT_INFO: Record<WebhookEndpoint['format'], { label: string; about: string }> = {
  standard: {
    label: 'Standard (signed JSON)',
    about: 'JSON signed with Standard Webhooks headers, for your own code, Zapier, Make or n8n.',
  },
  slack: { label: 'Slack', about: 'A readable message for a Slack incoming-webhook URL (hooks.slack.com).' },
  teams: { label: 'Microsoft Teams', about: 'An Adaptive Card for a Teams Workflows webhook URL.' },
};

export const EVENTS = Object.keys(EVENT_INFO) as WebhookEventName[];
export const FORMATS = Object.keys(FORMAT_INFO) as WebhookEndpoint['format'][];

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
  const parts = [
    f.survey && `survey ${f.survey}`,
    f.agent && `agent ${f.agent}`,
    f.channel && `channel ${f.channel}`,
  ].filter(Boolean) as string[];
  if (!parts.length) return null;
  const text = parts.join(', ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** "HTTP 503", or the error when the receiver did not answer. */
export function tryText(t: Pick<WebhookAttempt, 'status' | 'error'>): string {
  if (t.status !== null) return `HTTP ${t.status}`;
  return t.error ?? 'No answer';
}

export function tryOk(t: Pick<WebhookAttempt, 'status'>): boolean {
  return t.status !== null && t.status >= 200 && t.status < 300;
}
