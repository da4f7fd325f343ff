// HTML approximations of how Slack draws a Block Kit message and Teams an Adaptive Card, for
// screenshots of the alerts of worker/src/webhooks/formats.ts (issue #12). Only what the alerts use is
// drawn faithfully; any other block or element is drawn as a red "unsupported" box, so drift shows.
// Slack: https://api.slack.com/reference/block-kit/blocks, mrkdwn: https://api.slack.com/reference/surfaces/formatting
// Adaptive Cards: https://adaptivecards.io/explorer/ (Teams renders a subset of Markdown in TextBlock).

type Json = Record<string, unknown>;

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
const unsupported = (what: string) => `<div class="unsupported">unsupported ${esc(what)}</div>`;

/** Inline mrkdwn of text whose &, < and > are already Slack-escaped: links, *bold*, _italic_, ~strike~, `code`. */
function mrkdwnInline(text: string): string {
  return text
    .split(/(<[^>]+>)/)
    .map((part) => {
      const link = /^<([^|>]+)(?:\|([^>]+))?>$/.exec(part);
      if (link) return `<a href="${esc(link[1]!)}">${link[2] ?? esc(link[1]!)}</a>`;
      // A raw < or > cannot be in escaped mrkdwn; if one is, show it rather than let it become markup.
      return part
        .replace(/[<>"]/g, (c) => esc(c))
        .replace(/(^|\W)\*([^*\n]+)\*(?=\W|$)/g, '$1<b>$2</b>')
        .replace(/(^|\W)_([^_\n]+)_(?=\W|$)/g, '$1<i>$2</i>')
        .replace(/(^|\W)~([^~\n]+)~(?=\W|$)/g, '$1<s>$2</s>')
        .replace(/`([^`\n]+)`/g, '<code>$1</code>');
    })
    .join('');
}

/** Block-level mrkdwn: runs of lines starting with "> " are a quote; other newlines are line breaks. */
function mrkdwn(text: string): string {
  const out: string[] = [];
  let quote: string[] = [];
  const flush = () => {
    if (quote.length) out.push(`<blockquote>${quote.map(mrkdwnInline).join('<br>')}</blockquote>`);
    quote = [];
  };
  for (const line of text.split('\n')) {
    if (line.startsWith('> ') || line === '>') quote.push(line.slice(2));
    else {
      flush();
      out.push(`${mrkdwnInline(line)}<br>`);
    }
  }
  flush();
  return out.join('').replace(/<br>$/, '');
}

const textObject = (t: Json | undefined) =>
  !t ? '' : t.type === 'mrkdwn' ? mrkdwn(String(t.text)) : t.type === 'plain_text' ? esc(String(t.text)) : unsupported(`text ${String(t.type)}`);

function slackElement(e: Json): string {
  if (e.type === 'button') return `<a class="button ${esc(String(e.style ?? ''))}" href="${esc(String(e.url ?? '#'))}">${textObject(e.text as Json)}</a>`;
  if (e.type === 'mrkdwn' || e.type === 'plain_text') return `<span>${textObject(e)}</span>`;
  if (e.type === 'image') return `<img src="${esc(String(e.image_url))}" alt="${esc(String(e.alt_text))}">`;
  return unsupported(`element ${String(e.type)}`);
}

function slackBlock(b: Json): string {
  switch (b.type) {
    case 'header':
      return `<div class="header">${textObject(b.text as Json)}</div>`;
    case 'section': {
      const fields = (b.fields as Json[] | undefined)?.map((f) => `<div>${textObject(f)}</div>`).join('') ?? '';
      return `<div class="section">${b.text ? `<div>${textObject(b.text as Json)}</div>` : ''}${fields ? `<div class="fields">${fields}</div>` : ''}</div>`;
    }
    case 'context':
      return `<div class="context">${(b.elements as Json[]).map(slackElement).join('')}</div>`;
    case 'actions':
      return `<div class="actions">${(b.elements as Json[]).map(slackElement).join('')}</div>`;
    case 'divider':
      return '<hr>';
    default:
      return unsupported(`block ${String(b.type)}`);
  }
}

const SLACK_CSS = `
body { margin: 0; background: #fff; font: 15px/1.46668 Lato, "Helvetica Neue", Helvetica, Arial, sans-serif; color: #1d1c1d; }
.channel { padding: 10px 20px; border-bottom: 1px solid #e8e8e8; font-weight: 900; font-size: 18px; }
.notification { margin: 16px 20px 4px; padding: 10px 14px; width: 460px; border-radius: 10px; background: #f1f1f3; box-shadow: 0 2px 6px #0002; font-size: 13px; }
.notification b { display: block; font-size: 13px; }
.note { margin: 2px 20px 12px; color: #616061; font-size: 12px; }
.msg { display: flex; gap: 8px; padding: 8px 20px; width: 680px; }
.msg:hover { background: #f8f8f8; }
.avatar { flex: none; width: 36px; height: 36px; border-radius: 6px; background: #4a154b; color: #fff; font: 900 20px/36px Lato, sans-serif; text-align: center; }
.who b { font-weight: 900; } .app { font-size: 10px; font-weight: 700; background: #1d1c1d14; color: #616061; padding: 1px 3px; border-radius: 2px; margin: 0 4px; }
.time { color: #616061; font-size: 12px; }
.header { font-size: 18px; font-weight: 900; line-height: 1.33; margin: 6px 0 4px; }
.section { margin: 4px 0; }
.fields { display: grid; grid-template-columns: 1fr 1fr; gap: 8px 16px; margin: 8px 0; max-width: 600px; }
blockquote { margin: 4px 0; padding-left: 12px; border-left: 4px solid #dddddd; }
.context { display: flex; gap: 8px; color: #616061; font-size: 13px; margin: 4px 0; }
.actions { display: flex; gap: 8px; margin: 8px 0 4px; }
.button { display: inline-block; height: 28px; line-height: 26px; padding: 0 12px; border: 1px solid #1d1c1d4d; border-radius: 4px; font-weight: 700; font-size: 13px; color: #1d1c1d; text-decoration: none; box-sizing: border-box; }
.button.primary { background: #007a5a; border-color: #007a5a; color: #fff; } .button.danger { background: #e01e5a; border-color: #e01e5a; color: #fff; }
a { color: #1264a3; } code { font: 12px Monaco, monospace; background: #1d1c1d0a; border: 1px solid #1d1c1d21; border-radius: 3px; padding: 2px 3px; color: #e01e5a; }
.unsupported { border: 2px solid red; color: red; padding: 4px; font-weight: 700; }`;

/** A Slack channel with the message posted by an incoming webhook named "Voce", and the notification its `text` makes. */
export function slackHtml(payload: unknown): string {
  const message = payload as { text?: unknown; blocks?: unknown };
  const blocks = Array.isArray(message.blocks) ? (message.blocks as Json[]).map(slackBlock).join('') : esc(String(message.text ?? ''));
  return `<!doctype html><html><head><meta charset="utf-8"><style>${SLACK_CSS}</style></head><body>
<div class="channel"># support-escalations</div>
<div class="notification"><b>Voce · #support-escalations</b>${esc(String(message.text ?? '(no text: notifications would be empty)'))}</div>
<div class="note">↑ the desktop notification (the message's <code>text</code> fallback); ↓ the message in the channel (its <code>blocks</code>)</div>
<div class="msg"><div class="avatar">V</div><div><div class="who"><b>Voce</b><span class="app">APP</span><span class="time">10:42 AM</span></div>${blocks}</div></div>
</body></html>`;
}

// ---- Teams: an Adaptive Card in a channel post by the Workflows app ----

/**
 * The CommonMark subset a TextBlock renders: **bold**, _italic_, [text](url), "- " and "1. " lists;
 * a single line break is a soft break (a space), a blank line a new paragraph.
 */
function teamsMarkdown(text: string): string {
  const inline = (s: string) =>
    esc(s)
      .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
      .replace(/\*\*([^*]+)\*\*/g, '<b>$1</b>')
      .replace(/(^|\W)_([^_]+)_(?=\W|$)/g, '$1<i>$2</i>');
  return text
    .split(/\n\s*\n/)
    .map((para) => {
      const lines = para.split(/\r\n?|\n/);
      if (lines.every((l) => /^(- |\d+\. )/.test(l))) return `<ul>${lines.map((l) => `<li>${inline(l.replace(/^(- |\d+\. )/, ''))}</li>`).join('')}</ul>`;
      return inline(lines.join(' '));
    })
    .join('<br><br>');
}

const SIZES: Record<string, number> = { Small: 12, Default: 14, Medium: 17, Large: 21, ExtraLarge: 26 };
const COLORS: Record<string, string> = { Default: '#242424', Dark: '#242424', Light: '#fff', Accent: '#5b5fc7', Good: '#0e700e', Warning: '#835c00', Attention: '#c4314b' };

function cardElement(e: Json): string {
  const spacing = e.separator ? ' sep' : '';
  switch (e.type) {
    case 'TextBlock': {
      const style = [
        `font-size:${SIZES[String(e.size ?? 'Default')] ?? 14}px`,
        `font-weight:${e.weight === 'Bolder' ? 700 : e.weight === 'Lighter' ? 300 : 400}`,
        `color:${COLORS[String(e.color ?? 'Default')] ?? '#242424'}`,
        e.isSubtle ? 'opacity:.7' : '',
        e.wrap ? '' : 'white-space:nowrap;overflow:hidden;text-overflow:ellipsis',
      ].filter(Boolean);
      return `<div class="tb${spacing}" style="${style.join(';')}">${teamsMarkdown(String(e.text ?? ''))}</div>`;
    }
    case 'FactSet':
      return `<table class="facts${spacing}">${(e.facts as Json[]).map((f) => `<tr><th>${teamsMarkdown(String(f.title))}</th><td>${teamsMarkdown(String(f.value))}</td></tr>`).join('')}</table>`;
    case 'ColumnSet':
      return `<div class="cols${spacing}">${((e.columns as Json[]) ?? [])
        .map((c) => `<div style="flex:${c.width === 'auto' ? '0 0 auto' : typeof c.width === 'number' ? c.width : 1}">${((c.items as Json[]) ?? []).map(cardElement).join('')}</div>`)
        .join('')}</div>`;
    case 'RichTextBlock':
      // TextRuns are shown as typed: no Markdown.
      return `<div class="tb${spacing}">${((e.inlines as Json[]) ?? [])
        .map((run) => (run.type === 'TextRun' ? `<span style="font-weight:${run.weight === 'Bolder' ? 700 : 400}">${esc(String(run.text))}</span>` : unsupported(`inline ${String(run.type)}`)))
        .join('')}</div>`;
    case 'Container':
      return `<div class="container ${e.style === 'emphasis' ? 'emphasis' : ''}${spacing}">${((e.items as Json[]) ?? []).map(cardElement).join('')}</div>`;
    case 'Image':
      return `<img src="${esc(String(e.url))}" alt="${esc(String(e.altText ?? ''))}">`;
    default:
      return unsupported(`card element ${String(e.type)}`);
  }
}

function cardAction(a: Json): string {
  if (a.type === 'Action.OpenUrl') return `<a class="action" href="${esc(String(a.url))}">${esc(String(a.title ?? ''))}</a>`;
  return unsupported(`action ${String(a.type)}`);
}

const TEAMS_CSS = `
body { margin: 0; background: #f5f5f5; font: 14px/1.43 "Segoe UI", "Segoe UI Web", system-ui, -apple-system, sans-serif; color: #242424; }
.channel { padding: 12px 20px; background: #fff; border-bottom: 1px solid #e0e0e0; font-weight: 700; font-size: 16px; }
.post { display: flex; gap: 10px; padding: 16px 20px; width: 640px; }
.avatar { flex: none; width: 32px; height: 32px; border-radius: 4px; background: #0f6cbd; color: #fff; font: 700 14px/32px "Segoe UI", sans-serif; text-align: center; }
.bubble { background: #fff; border-radius: 6px; padding: 10px 14px; box-shadow: 0 1px 2px #0002; flex: 1; }
.who { font-size: 12px; color: #616161; margin-bottom: 6px; } .who b { color: #242424; font-weight: 600; margin-right: 8px; }
.card { border: 1px solid #e0e0e0; border-radius: 6px; padding: 14px 16px; }
.tb { margin-top: 8px; word-wrap: break-word; } .tb:first-child { margin-top: 0; }
.facts { border-collapse: collapse; margin-top: 8px; } .facts th { text-align: left; font-weight: 600; padding: 2px 16px 2px 0; vertical-align: top; white-space: nowrap; } .facts td { padding: 2px 0; }
.cols { display: flex; gap: 12px; margin-top: 8px; } .container { margin-top: 8px; } .container.emphasis { background: #f5f5f5; margin: 8px -16px 0; padding: 8px 16px; }
.container .tb:first-child { margin-top: 0; } .container .tb { margin-top: 4px; } ul { margin: 0; padding-left: 20px; }
.sep { border-top: 1px solid #e0e0e0; padding-top: 8px; }
.actions { display: flex; gap: 8px; margin-top: 14px; }
.action { flex: 1; text-align: center; padding: 5px 12px; border: 1px solid #d1d1d1; border-radius: 4px; font-weight: 600; color: #242424; text-decoration: none; background: #fff; }
a { color: #5b5fc7; }
.unsupported { border: 2px solid red; color: red; padding: 4px; font-weight: 700; }`;

/** A Teams channel with the post the Workflows app makes of a webhook request carrying an Adaptive Card. */
export function teamsHtml(payload: unknown): string {
  const card = (payload as { attachments?: { content?: Json }[] }).attachments?.[0]?.content ?? {};
  const body = ((card.body as Json[]) ?? []).map(cardElement).join('');
  const actions = ((card.actions as Json[]) ?? []).map(cardAction).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>${TEAMS_CSS}</style></head><body>
<div class="channel">Support › Escalations</div>
<div class="post"><div class="avatar">W</div><div class="bubble"><div class="who"><b>Workflows</b>10:42 AM</div>
<div class="card">${body}${actions ? `<div class="actions">${actions}</div>` : ''}</div></div></div>
</body></html>`;
}
