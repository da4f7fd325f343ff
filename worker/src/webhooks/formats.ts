// Chat messages for the `slack` and `teams` formats (SPEC "Alerts and webhooks"): what a support
// manager wants to see in a channel: the scores with their labels, the comment, ticket, agent, channel,
// language, and a link to the ticket in the dashboard. Built when sent, from the response as it is
// then, so a comment that came a minute after the score is in the one alert.
import { en } from '../../../shared/i18n/en';

export interface AlertResponse {
  id: string;
  site_id: string;
  ticket: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  lang: string | null;
  agent: string | null;
  channel: string | null;
}

const npsGroup = (n: number) => (n <= 6 ? 'detractor' : n <= 8 ? 'passive' : 'promoter');

/** Each score as "name: value (label)", in English, the dashboard's language. */
function scores(r: AlertResponse): [name: string, value: string][] {
  const out: [string, string][] = [];
  if (r.nps !== null) out.push(['NPS', `${r.nps}/10 (${npsGroup(r.nps)})`]);
  if (r.csat !== null) out.push(['CSAT', `${r.csat}/5 (${en.csat.labels[r.csat - 1]!.toLowerCase()})`]);
  if (r.ces !== null) out.push(['Effort', `${r.ces}/5 (${en.ces.labels[r.ces - 1]!.toLowerCase()})`]);
  return out;
}

function details(r: AlertResponse): [name: string, value: string][] {
  return (
    [
      ['Ticket', r.ticket],
      ['Agent', r.agent],
      ['Channel', r.channel],
      ['Language', r.lang],
    ] as [string, string | null][]
  ).filter((d): d is [string, string] => d[1] !== null);
}

function title(event: string, r: AlertResponse): string {
  const who = r.ticket ? ` on ticket ${r.ticket}` : '';
  return event === 'response.negative' ? `Unhappy customer${who}` : `New answer${who}`;
}

/** The dashboard's page of the ticket (or the site's comments), when the worker knows its origin. */
export function dashboardLink(origin: string | null, r: AlertResponse): string | null {
  if (!origin) return null;
  const q = new URLSearchParams({ site: r.site_id, ...(r.ticket ? { view: 'tickets', ticket: r.ticket } : { view: 'comments' }) });
  return `${origin}/dashboard/?${q}`;
}

// Slack mrkdwn: &, < and > are control characters; anything else is shown as typed.
const mrkdwn = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A Slack incoming-webhook message: Block Kit `blocks` and a plain `text` fallback for notifications. */
export function slackMessage(event: string, r: AlertResponse, link: string | null): unknown {
  const head = title(event, r);
  const fields = [...scores(r), ...details(r)].map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${mrkdwn(v)}` }));
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: head.slice(0, 150) } },
    // Slack allows at most 10 fields per section.
    { type: 'section', fields: fields.slice(0, 10) },
  ];
  if (r.comment) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `> ${mrkdwn(r.comment).slice(0, 2900).replaceAll('\n', '\n> ')}` } });
  if (link) blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: 'Open in Voce' }, url: link }] });
  const summary = scores(r).map(([k, v]) => `${k} ${v}`).join(', ');
  return { text: `${head}: ${summary}${r.comment ? ` — “${r.comment.slice(0, 200)}”` : ''}`, blocks };
}

/** A Teams Workflows ("when a webhook request is received") message carrying an Adaptive Card. */
export function teamsMessage(event: string, r: AlertResponse, link: string | null): unknown {
  const body: unknown[] = [
    { type: 'TextBlock', text: title(event, r), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'FactSet', facts: [...scores(r), ...details(r)].map(([title, value]) => ({ title, value })) },
  ];
  // The customer's words as typed: a TextBlock reads Markdown, so "[Open in Voce](https://…)" in a
  // comment would become a link of the customer's choosing; a RichTextBlock's TextRun reads none
  // (https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features). One per line, as
  // Markdown would also join single line breaks.
  if (r.comment) {
    const lines = r.comment.split('\n').filter((line) => line.trim() !== '');
    body.push({ type: 'Container', style: 'emphasis', items: lines.map((text) => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text }] })) });
  }
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(link ? { actions: [{ type: 'Action.OpenUrl', title: 'Open in Voce', url: link }] } : {}),
        },
      },
    ],
  };
}
