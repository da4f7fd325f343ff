// The survey page an email link opens (GET /s/<token>), server-rendered in the survey's languages.
// Confirm-first: the first screen is the company, the first question with the score the email's
// button chose (marked "not sent yet"), its follow-up and one Send button, all within a phone's first
// screen. Once that is stored, the rest of the survey follows, optional, each answer saved as chosen.
// A plain form, so it works without JavaScript; /survey-page.js delivers picks on the way.
import { html, raw } from 'hono/html';
import { followUpPrompt, type ResolvedSurvey, type PageText } from '../../../shared/i18n';
import type { Answers } from '../../../shared/schemas';
import { aspectScales, labelOf, questionScale, type Html } from './scale';

export interface Brand {
  name: string;
  /** The logo's address on this origin, or null. */
  logo: string | null;
  /** The brand colour's custom properties (email/brand.ts), or ''. */
  css: string;
}

/** ask: the first question; more: it is stored, the rest is optional; done: nothing left to ask. */
export type Stage = 'ask' | 'more' | 'done';

export interface PageInput {
  survey: ResolvedSurvey;
  text: PageText;
  brand: Brand;
  action: string;
  stage: Stage;
  /** What the radios and the comment show. */
  answers: Answers;
  /** The score the email's button chose (?score=N), not stored by opening the page. */
  tapped?: number;
  /** The stored answer of this link, when the page may show it (signed links). */
  earlier: Answers | null;
  /** After the optional questions were sent. */
  finished?: boolean;
  /** What the delivery script needs to post picks before the form is sent. */
  data: { id: string; site: string; survey: string; ticket: string; token: string };
  error?: string;
}

export function layout(lang: string, title: string, body: Html, brand?: Brand): Html {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${brand ? `${brand.name} · ${title}` : title}</title>
<link rel="stylesheet" href="/survey-page.css">${brand?.css ? html`<style>${raw(brand.css)}</style>` : ''}
<script src="/survey-page.js" defer></script>
</head>
<body><main class="card">${brand ? brandHeader(brand) : ''}${body}</main></body>
</html>`;
}

/** Who is asking: on an unfamiliar domain, the company's name and logo say the page is theirs. */
const brandHeader = (b: Brand) =>
  html`<header class="brand">${b.logo ? html`<img src="${b.logo}" alt="" height="28">` : ''}<span>${b.name}</span></header>`;

/** Whether anything follows the first question: more questions, or aspects to rate. */
export const hasMore = (s: ResolvedSurvey) => s.questions.length > 1 || s.questions.some((q) => q.aspects.length > 0);

const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);

function formOpen(p: PageInput, more: boolean): Html {
  const d = p.data;
  return html`<form method="post" action="${p.action}" data-id="${d.id}" data-site="${d.site}" data-survey="${d.survey}" data-ticket="${d.ticket}" data-lang="${p.survey.lang}" data-token="${d.token}">${
    more ? raw('<input type="hidden" name="step" value="more">') : ''
  }`;
}

/** The line under the first scale: what is stored and what Send will do. */
function stateNote(p: PageInput): Html {
  const q = p.survey.questions[0]!;
  const old = p.earlier?.[q.kind];
  const t = p.text;
  let text = '';
  if (old != null && p.tapped !== undefined && p.tapped !== old) text = fill(t.change, { old: labelOf(q, old), new: labelOf(q, p.tapped) });
  else if (old != null) text = fill(t.recorded, { old: labelOf(q, old) });
  else if (p.tapped !== undefined) text = t.notSent;
  if (!text) return html``;
  // The script rewrites the note when the person picks another score ({new} stays a placeholder).
  return html`<p class="state" id="state" data-old="${old ?? ''}" data-change="${old != null ? fill(t.change, { old: labelOf(q, old) }) : ''}" data-recorded="${
    old != null ? fill(t.recorded, { old: labelOf(q, old) }) : ''
  }">${text}</p>`;
}

function ask(p: PageInput): Html {
  const s = p.survey;
  const q = s.questions[0]!;
  const note = stateNote(p);
  return html`${p.error ? html`<p class="error" role="alert">${p.error}</p>` : ''}${formOpen(p, false)}
${questionScale(q, p.answers[q.kind], { heading: true, describedBy: (p.earlier?.[q.kind] != null || p.tapped !== undefined) ? 'state' : undefined })}
${note}
<div class="follow"><label for="comment" id="follow-label">${followUpPrompt(s, p.answers)}</label>
<textarea id="comment" name="comment" rows="2" maxlength="5000">${p.answers.comment ?? ''}</textarea></div>
<button type="submit">${s.send}</button>
</form>`;
}

function more(p: PageInput): Html {
  const s = p.survey;
  const [first, ...rest] = s.questions;
  return html`<p class="thanks" role="status">${s.thanks}</p>
<p class="again"><a href="${p.action}">${p.text.changeAnswer}</a></p>
${p.error ? html`<p class="error" role="alert">${p.error}</p>` : ''}${formOpen(p, true)}
<h1>${p.text.more}</h1>
<p class="hint">${p.text.moreHint}</p>
${aspectScales(s, first!, p.answers)}
${rest.map((q) => html`<section class="q">${questionScale(q, p.answers[q.kind])}${aspectScales(s, q, p.answers)}</section>`)}
<button type="submit">${s.send}</button>
</form>`;
}

function done(p: PageInput): Html {
  return html`<h1 class="thanks" role="status">${p.finished ? p.text.allDone : p.survey.thanks}</h1>
<p class="again"><a href="${p.action}">${p.text.changeAnswer}</a></p>`;
}

export function surveyPage(p: PageInput): Html {
  const body = p.stage === 'ask' ? ask(p) : p.stage === 'more' ? more(p) : done(p);
  return layout(p.survey.lang, p.survey.title, body, p.brand);
}

export function messagePage(title: string, message: string): Html {
  return layout('en', title, html`<h1>${title}</h1><p>${message}</p>`);
}
