// A question's scale on the email landing page: a radiogroup named by its prompt, radios named by
// their visible labels, end labels where the points are numbers (NPS 0–10, aspects 1–5).
import { html, raw } from 'hono/html';
import type { HtmlEscapedString } from 'hono/utils/html';
import type { ResolvedQuestion, ResolvedSurvey } from '../../../shared/i18n';
import type { Answers } from '../../../shared/schemas';

export type Html = HtmlEscapedString | Promise<HtmlEscapedString>;

/** What a score reads as: its label (CSAT, CES) or the number (NPS). */
export const labelOf = (q: ResolvedQuestion, score: number): string => (q.kind === 'nps' ? String(score) : (q.labels[score - 1] ?? String(score)));

const radios = (name: string, options: string[], from: number, value: number | undefined) =>
  html`<div class="opts">${options.map(
    (text, i) =>
      html`<label class="opt"><input type="radio" name="${name}" value="${from + i}"${value === from + i ? raw(' checked') : ''}><span>${text}</span></label>`,
  )}</div>`;

/**
 * A question's own scale. `heading`: its prompt is the page's h1 (the first step), else a paragraph.
 * `describedBy`: more text read with the group (the "not sent yet" note).
 */
export function questionScale(q: ResolvedQuestion, value: number | undefined, o: { heading?: boolean; describedBy?: string } = {}): Html {
  const nps = q.kind === 'nps';
  const id = `l-${q.kind}`;
  const described = [nps ? `anchors-${q.kind}` : '', o.describedBy ?? ''].filter(Boolean).join(' ');
  const f = q.followUp;
  return html`${o.heading ? html`<h1 class="prompt" id="${id}">${q.prompt}</h1>` : ''}<div class="scale ${nps ? 'n11' : 'list'}" role="radiogroup" aria-labelledby="${id}"${
    described ? html` aria-describedby="${described}"` : ''
  }${f ? html` data-kind="${q.kind}" data-negative="${f.negative}" data-neutral="${f.neutral}" data-positive="${f.positive}"` : ''}>
${o.heading ? '' : html`<p class="prompt" id="${id}">${q.prompt}</p>`}
${radios(q.kind, nps ? Array.from({ length: 11 }, (_, i) => String(i)) : q.labels, nps ? 0 : 1, value)}
${nps ? html`<p class="anchors" id="anchors-${q.kind}"><span>0 = ${q.labels[0]}</span><span>10 = ${q.labels[1]}</span></p>` : ''}
</div>`;
}

/** A question's aspect ratings (CES), 1–5 each, with the scale's end labels once for all of them. */
export function aspectScales(s: ResolvedSurvey, q: ResolvedQuestion, answers: Answers): Html {
  if (!q.aspects.length) return html``;
  const ends = `ends-${q.kind}`;
  return html`<fieldset class="aspects"><legend>${s.aspectsPrompt}</legend>
<p class="anchors" id="${ends}"><span>1 = ${s.aspectAnchors[0]}</span><span>5 = ${s.aspectAnchors[1]}</span></p>
${q.aspects.map((a) => {
  const name = `aspect.${a.key}`;
  return html`<div class="scale n5" role="radiogroup" aria-labelledby="l-${name}" aria-describedby="${ends}">
<p class="prompt" id="l-${name}">${a.label}</p>${radios(name, ['1', '2', '3', '4', '5'], 1, answers.aspects?.[a.key])}</div>`;
})}</fieldset>`;
}
