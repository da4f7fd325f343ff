// survey-page.js — progressive enhancement of the email survey page (/s/<token>). Without it the
// form still works; with it, a score a person picks is delivered even if they leave without sending,
// under the widget's delivery rules (queue, retry, beacon), and the follow-up prompt and the note
// under the first question follow the answers. The score the email's button preselected is not a
// pick: it is sent only by the Send button.
import { sentiment } from '../../../shared/metrics/sentiment';
import type { QuestionKind } from '../../../shared/schemas/survey';
import { beacon, drop, flush, queue } from '../delivery';
import { reportOpenedByPerson } from './opened';

reportOpenedByPerson();
const form = document.querySelector<HTMLFormElement>('form[data-token]');
if (form) {
  const d = form.dataset;
  const answers = () => {
    const a: Record<string, unknown> = {};
    const aspects: Record<string, number> = {};
    for (const input of form.querySelectorAll<HTMLInputElement>('input[type=radio]:checked')) {
      if (input.name.startsWith('aspect.')) aspects[input.name.slice(7)] = Number(input.value);
      else a[input.name] = Number(input.value);
    }
    if (Object.keys(aspects).length) a.aspects = aspects;
    const comment = form.querySelector('textarea')?.value.trim();
    if (comment) a.comment = comment;
    return a;
  };
  const send = (delay: number) => {
    const a = answers();
    if (Object.keys(a).length) {
      queue('/api/v1/responses', { id: d.id!, site: d.site, survey: d.survey, ticket: d.ticket, token: d.token, lang: d.lang, answers: a } as never, delay);
    }
  };
  const prompt = () => {
    let best: [number, string] | undefined;
    for (const g of form.querySelectorAll<HTMLElement>('[data-kind]')) {
      const checked = g.querySelector<HTMLInputElement>('input:checked');
      if (!checked) continue;
      const mood = sentiment(g.dataset.kind as QuestionKind, Number(checked.value));
      const rank = { negative: 0, neutral: 1, positive: 2 }[mood];
      if (!best || rank < best[0]) best = [rank, g.dataset[mood]!];
    }
    const label = document.getElementById('follow-label');
    if (best && label) label.textContent = best[1];
  };
  // The note under the first question follows the person's pick: what is stored, what Send changes.
  const note = () => {
    const state = document.getElementById('state');
    const picked = form.querySelector<HTMLInputElement>('h1 + [role=radiogroup] input:checked');
    if (!state || !picked || !state.dataset.old) return;
    const label = picked.nextElementSibling!.textContent!;
    state.textContent = picked.value === state.dataset.old ? state.dataset.recorded! : state.dataset.change!.replace('{new}', label);
  };
  form.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).type === 'radio') {
      prompt();
      note();
      send(700);
    }
  });
  form.addEventListener('input', (e) => {
    if ((e.target as HTMLElement).tagName === 'TEXTAREA') send(3000);
  });
  // The form itself carries everything to the server; nothing left to deliver.
  form.addEventListener('submit', () => drop(d.id!));
  addEventListener('pagehide', beacon);
  flush();
}
