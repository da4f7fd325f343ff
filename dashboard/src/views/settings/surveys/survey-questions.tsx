// The survey form's three question rows (CSAT, CES, NPS): ask it or not, its follow-up, CES aspects (and
// the label fields of custom ones, from the form), and Move up / Move down buttons that set the order,
// keeping focus on the row that moved.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionKind } from '../../../../../shared/schemas/survey';

export interface Row {
  kind: QuestionKind;
  ask: boolean;
  followUp: boolean;
}

export const NAMES: Record<QuestionKind, string> = { csat: 'CSAT', ces: 'CES', nps: 'NPS' };
const ABOUT: Record<QuestionKind, string> = {
  csat: 'satisfaction, 1–5',
  ces: 'effort, 1–5',
  nps: 'would recommend, 0–10',
};

interface Props {
  rows: Row[];
  setRows(rows: Row[]): void;
  aspects: string;
  setAspects(value: string): void;
  /** Why the aspects are not valid, if they are not (shown once the user tried to save). */
  aspectsError: string;
  /** Under the aspects: the label fields of custom ones. */
  aspectLabels?: ComponentChildren;
}

export function QuestionRows({ rows, setRows, aspects, setAspects, aspectsError, aspectLabels }: Props) {
  const [said, setSaid] = useState('');
  const moved = useRef<{ kind: QuestionKind; dir: 'up' | 'down' } | null>(null);

  // After a move the row's DOM node changes place: put focus back on its button (or the other one
  // when this one is now disabled, at the top or the bottom).
  useEffect(() => {
    const m = moved.current;
    if (!m) return;
    moved.current = null;
    const same = document.getElementById(`q-${m.kind}-${m.dir}`) as HTMLButtonElement | null;
    const other = document.getElementById(`q-${m.kind}-${m.dir === 'up' ? 'down' : 'up'}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [rows]);

  const move = (i: number, dir: 'up' | 'down') => {
    const j = dir === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= rows.length) return;
    const next = rows.slice();
    [next[i], next[j]] = [next[j]!, next[i]!];
    moved.current = { kind: rows[i]!.kind, dir };
    setRows(next);
    setSaid(`${NAMES[rows[i]!.kind]} is now in position ${j + 1} of ${rows.length}.`);
  };
  const change = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  return (
    <fieldset class="q-rows">
      <legend>Questions, in the order they are asked</legend>
      <ol class="q-list">
        {rows.map((r, i) => {
          const name = NAMES[r.kind];
          return (
            <li key={r.kind} class={r.ask ? 'q-row' : 'q-row q-off'}>
              <span class="q-pos" aria-hidden="true">
                {i + 1}
              </span>
              <fieldset class="q-fields">
                <legend>
                  {name} <span class="q-about">({ABOUT[r.kind]})</span>
                </legend>
                <div class="q-checks">
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={r.ask}
                      onChange={(e) => change(i, { ask: e.currentTarget.checked })}
                    />
                    Ask<span class="sr-only"> {name}</span>
                  </label>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={r.followUp}
                      onChange={(e) => change(i, { followUp: e.currentTarget.checked })}
                    />
                    Follow-up<span class="sr-only"> after {name}</span>
                  </label>
                </div>
                {r.kind === 'ces' && (
                  <div class="field q-aspects">
                    <label for="q-ces-aspects">Aspects (comma-separated)</label>
                    <input
                      id="q-ces-aspects"
                      class="mono"
                      value={aspects}
                      aria-invalid={aspectsError ? 'true' : undefined}
                      aria-describedby="q-ces-aspects-hint"
                      onInput={(e) => setAspects(e.currentTarget.value)}
                    />
                    <p id="q-ces-aspects-hint" class={aspectsError ? 'hint error-text' : 'hint'}>
                      {aspectsError ||
                        'The agent is rated 1–5 on each, after CES. Leave empty for none. Courtesy, ' +
                          'competence and speed are worded in every language; any other aspect asks ' +
                          'for its label in each.'}
                    </p>
                  </div>
                )}
                {r.kind === 'ces' && aspectLabels}
              </fieldset>
              <div class="q-move">
                <button
                  type="button"
                  id={`q-${r.kind}-up`}
                  class="secondary small"
                  disabled={i === 0}
                  aria-label={`Move ${name} up`}
                  onClick={() => move(i, 'up')}
                >
                  <span aria-hidden="true">↑</span>&nbsp;Up
                </button>
                <button
                  type="button"
                  id={`q-${r.kind}-down`}
                  class="secondary small"
                  disabled={i === rows.length - 1}
                  aria-label={`Move ${name} down`}
                  onClick={() => move(i, 'down')}
                >
                  <span aria-hidden="true">↓</span>&nbsp;Down
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" class="sr-only">
        {said}
      </p>
    </fieldset>
  );
}
