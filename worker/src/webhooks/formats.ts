// Chat messages for the `slack` and `teams` formats (SPEC "Alerts and webhooks"): what a support
// manager wants to see in a channel. Every event becomes an Alert — a title, facts, an optional quote
// and lines, a link into the dashboard — which each format renders its own way: Slack Block Kit
// `blocks` with a `text` fallback, a Teams Workflows message carrying an Adaptive Card.
// Response alerts are built when sent, from the response as it is then, so a comment that came a
// minute after the score is in the one alert.
import { en } from '../../../shared/i18n/en';
import type { DigestData } from '../../../shared/api';

export interface AlertResponse {
  id: string;
  site_id: string;
  /** The site's name, when known: a channel may hear from several sites. */
  site_name?: string;
  ticket: string | null;
  nps: number | null;
  csat: number | null;
  ces: number | null;
  comment: string | null;
  lang: string | null;
  agent: string | null;
  channel: string | null;
}

export interface Alert {
  title: string;
  facts: [name: string, value: string][];
  /** The customer's own words. */
  quote?: string;
  /** Plain sentences after the facts. */
  lines?: string[];
  link?: { url: string; text: string } | null;
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

/** "Italian (it)"; the code alone where the runtime does not know it. */
function language(code: string | null): string | null {
  if (!code) return null;
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code);
    return name && name !== code ? `${name} (${code})` : code;
  } catch {
    return code;
  }
}

function details(r: AlertResponse): [name: string, value: string][] {
  return (
    [
      ['Ticket', r.ticket],
      ['Agent', r.agent],
      ['Channel', r.channel],
      ['Language', language(r.lang)],
      ['Site', r.site_name ?? null],
    ] as [string, string | null][]
  ).filter((d): d is [string, string] => d[1] !== null);
}

const onTicket = (r: AlertResponse) => (r.ticket ? ` on ticket ${r.ticket}` : '');

/** The dashboard's page of the ticket (or the site's comments), when the worker knows its origin. */
export function dashboardLink(origin: string | null, r: AlertResponse): string | null {
  if (!origin) return null;
  const q = new URLSearchParams({ site: r.site_id, ...(r.ticket ? { view: 'tickets', ticket: r.ticket } : { view: 'comments' }) });
  return `${origin}/dashboard/?${q}`;
}

const open = (url: string | null) => (url ? { url, text: 'Open in Voce' } : null);

/** response.created, response.updated, response.negative. */
export function responseAlert(event: string, r: AlertResponse, link: string | null): Alert {
  const title = event === 'response.negative' ? 'Unhappy customer' : event === 'response.updated' ? 'Answer changed' : 'New answer';
  return { title: `${title}${onTicket(r)}`, facts: [...scores(r), ...details(r)], quote: r.comment ?? undefined, link: open(link) };
}

export interface FollowUpChange {
  status: string;
  owner: string | null;
  note: string | null;
  previous: { status: string; owner: string | null };
}

/** followup.updated: who moved which unhappy answer where. */
export function followUpAlert(r: AlertResponse, change: FollowUpChange, by: string | null, link: string | null): Alert {
  const moved = change.status !== change.previous.status ? `moved from ${change.previous.status} to ${change.status}` : `still ${change.status}`;
  const facts: [string, string][] = [['Status', change.status]];
  if (change.owner) facts.push(['Owner', change.owner]);
  if (by) facts.push(['Changed by', by]);
  return {
    title: `Follow-up${onTicket(r)} ${moved}`,
    facts: [...facts, ...scores(r), ...details(r)],
    quote: r.comment ?? undefined,
    lines: change.note ? [`Note: ${change.note}`] : [],
    link: open(link),
  };
}

const fixed = (x: number, digits: number) => x.toFixed(digits);

/** digest.weekly: last week's numbers with their margins, what changed beyond them, agents, the inbox. */
export function digestAlert(d: DigestData): Alert {
  const c = d.current;
  const facts: [string, string][] = [['Answers', String(c.responses)]];
  if (c.nps) facts.push(['NPS', `${fixed(c.nps.score, 0)} ±${fixed(c.nps.margin95, 0)} (n=${c.nps.n})`]);
  if (c.csat) facts.push(['CSAT', `${fixed(c.csat.percent, 0)}% ±${fixed(c.csat.margin95, 0)} (n=${c.csat.n})`]);
  if (c.ces) facts.push(['Effort', `${fixed(c.ces.mean, 2)} ±${fixed(c.ces.margin95, 2)} (n=${c.ces.n})`]);
  facts.push(['Follow-ups still new', d.followUps.capped ? `${d.followUps.new}+` : String(d.followUps.new)]);
  const lines = d.changes.length
    ? d.changes.map((x) => `${x.metric === 'ces' ? 'Effort' : x.metric.toUpperCase()} ${x.better ? 'improved' : 'worsened'}: ${x.text}`)
    : ['No change beyond the margin of error since the week before.'];
  if (d.agents.best.length) lines.push(`Highest CSAT: ${d.agents.best.map((a) => `${a.agent} ${fixed(a.percent, 0)}% (n=${a.n})`).join(', ')}`);
  if (d.agents.worst.length) lines.push(`Lowest CSAT: ${d.agents.worst.map((a) => `${a.agent} ${fixed(a.percent, 0)}% (n=${a.n})`).join(', ')}`);
  if (!d.agents.best.length) lines.push(`No agent had ${d.agents.minAnswers} CSAT answers or more.`);
  return { title: `Weekly digest for ${d.site.name}, ${d.week.from} to ${d.week.to} (${d.week.timeZone})`, facts, lines, link: d.link ? { url: d.link, text: 'Open the dashboard' } : null };
}

// Slack mrkdwn: &, < and > are control characters; anything else is shown as typed.
const mrkdwn = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** A Slack incoming-webhook message: Block Kit `blocks` and a plain `text` fallback for notifications. */
export function toSlack(a: Alert): unknown {
  const fields = a.facts.map(([k, v]) => ({ type: 'mrkdwn', text: `*${k}*\n${mrkdwn(v)}` }));
  const blocks: unknown[] = [{ type: 'header', text: { type: 'plain_text', text: a.title.slice(0, 150) } }];
  // Slack allows at most 10 fields per section.
  for (let i = 0; i < fields.length; i += 10) blocks.push({ type: 'section', fields: fields.slice(i, i + 10) });
  if (a.quote) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: `> ${mrkdwn(a.quote).slice(0, 2900).replaceAll('\n', '\n> ')}` } });
  if (a.lines?.length) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: a.lines.map(mrkdwn).join('\n').slice(0, 2900) } });
  if (a.link) blocks.push({ type: 'actions', elements: [{ type: 'button', text: { type: 'plain_text', text: a.link.text }, url: a.link.url }] });
  const summary = a.facts.slice(0, 3).map(([k, v]) => `${k} ${v}`).join(', ');
  return { text: `${a.title}: ${summary}${a.quote ? ` — “${a.quote.slice(0, 200)}”` : ''}`, blocks };
}

// Adaptive Card TextBlocks and FactSet values read Markdown: a customer's "[Reset your password](https://…)"
// would show as a link that hides where it goes. Breaking the link syntax leaves the words and shows
// the address; longer text goes in RichTextBlocks, whose TextRuns read no Markdown at all
// (https://learn.microsoft.com/adaptive-cards/authoring-cards/text-features), one per line, as
// Markdown would also join single line breaks.
const unlinked = (s: string) => s.replaceAll('](', '] (');
const plainLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => ({ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: line }] }));

/** A Teams Workflows ("when a webhook request is received") message carrying an Adaptive Card. */
export function toTeams(a: Alert): unknown {
  const body: unknown[] = [
    { type: 'TextBlock', text: unlinked(a.title), weight: 'Bolder', size: 'Medium', wrap: true },
    { type: 'FactSet', facts: a.facts.map(([title, value]) => ({ title, value: unlinked(value) })) },
  ];
  if (a.quote) body.push({ type: 'Container', style: 'emphasis', items: plainLines(a.quote) });
  for (const line of a.lines ?? []) body.push(...plainLines(line));
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
          ...(a.link ? { actions: [{ type: 'Action.OpenUrl', title: a.link.text, url: a.link.url }] } : {}),
        },
      },
    ],
  };
}

export const slackMessage = (event: string, r: AlertResponse, link: string | null) => toSlack(responseAlert(event, r, link));
export const teamsMessage = (event: string, r: AlertResponse, link: string | null) => toTeams(responseAlert(event, r, link));
