// The survey page an email link opens (GET /s/<token>): server-rendered, the same questions, labels
// and languages as the widget, the score from the link preselected and the follow-up in view. It is
// a plain form, so it works without JavaScript; /survey-page.js adds delivery of picks on the way.
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import { followUpPrompt, type ResolvedQuestion, type ResolvedSurvey } from '../../../shared/i18n';
import type { Answers } from '../../../shared/schemas';

export interface PageInput {
  survey: ResolvedSurvey;
  action: string;
  answers: Answers;
  /** What the delivery script needs to post picks before the form is sent. */
  data: { id: string; site: string; survey: string; ticket: string; token: string };
  sent: boolean;
  error?: string;
}

type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

function layout(lang: string, title: string, body: Html): Html {
  return html`<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title}</title>
<link rel="stylesheet" href="/survey-page.css">
<script src="/survey-page.js" defer></script>
</head>
<body><main class="card">${body}</main></body>
</html>`;
}

function scale(q: ResolvedQuestion, value: number | undefined, name: string = q.kind, label = q.prompt): Html {
  const nps = q.kind === 'nps' && name === q.kind;
  const options = nps ? Array.from({ length: 11 }, (_, i) => String(i)) : name === q.kind ? q.labels : ['1', '2', '3', '4', '5'];
  const from = nps ? 0 : 1;
  const id = `l-${name}`;
  const followUp = name === q.kind && q.followUp ? q.followUp : null;
  return html`<div class="scale ${nps ? 'n11' : name === q.kind ? 'list' : 'n5'}" role="radiogroup" aria-labelledby="${id}"${
    nps ? raw(' aria-describedby="anchors"') : ''
  }${followUp ? html` data-kind="${q.kind}" data-negative="${followUp.negative}" data-neutral="${followUp.neutral}" data-positive="${followUp.positive}"` : ''}>
<p class="prompt" id="${id}">${label}</p>
<div class="opts">${options.map(
    (text, i) =>
      html`<label class="opt"><input type="radio" name="${name}" value="${from + i}"${value === from + i ? raw(' checked') : ''}><span>${text}</span></label>`,
  )}</div>
${nps ? html`<p class="anchors" id="anchors"><span>0 = ${q.labels[0]}</span><span>10 = ${q.labels[1]}</span></p>` : ''}
</div>`;
}

export function surveyPage(p: PageInput): Html {
  const s = p.survey;
  const d = p.data;
  const body = html`<h1>${s.title}</h1>
${p.sent ? html`<p class="thanks" role="status">${s.thanks}</p>` : ''}
${p.error ? html`<p class="error" role="alert">${p.error}</p>` : ''}
<form method="post" action="${p.action}" data-id="${d.id}" data-site="${d.site}" data-survey="${d.survey}" data-ticket="${d.ticket}" data-lang="${s.lang}" data-token="${d.token}">
${s.questions.map(
  (q) => html`<section class="q">${scale(q, p.answers[q.kind])}
${
  q.aspects.length
    ? html`<fieldset class="aspects"><legend>${s.aspectsPrompt}</legend>${q.aspects.map((a) =>
        scale(q, p.answers.aspects?.[a.key], `aspect.${a.key}`, a.label),
      )}</fieldset>`
    : ''
}</section>`,
)}
<div class="follow"><label for="comment" id="follow-label">${followUpPrompt(s, p.answers)}</label>
<textarea id="comment" name="comment" rows="4" maxlength="5000">${p.answers.comment ?? ''}</textarea></div>
<button type="submit">${s.send}</button>
</form>`;
  return layout(s.lang, s.title, body);
}

export function messagePage(title: string, message: string): Html {
  return layout('en', title, html`<h1>${title}</h1><p>${message}</p>`);
}
