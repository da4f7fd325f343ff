// The survey form's three question rows (CSAT, CES, NPS): ask it or not, its follow-up, CES aspects (and
// the label fields of custom ones, from the form), and Move up / Move down buttons that set the order,
// keeping focus on the row that moved.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionKind } from '../../../../../shared/schemas/survey';
import { tr } from '../../../lib/i18n';
import { T } from './survey-questions.text';

export interface Row {
  kind: QuestionKind;
  ask: boolean;
  followUp: boolean;
}

export const NAMES: Record<QuestionKind, string> = { csat: 'CSAT', ces: 'CES', nps: 'NPS' };

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
  const t = tr(T);
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
    setSaid(t.moved(NAMES[rows[i]!.kind], j + 1, rows.length));
  };
  const change = (i: number, patch: Partial<Row>) =>
    setRows(rows.map((r, k) => (k === i ? { ...r, ...patch } : r)));

  return (
    <fieldset class="q-rows">
      <legend>{t.legend}</legend>
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
                  {name} <span class="q-about">({t.about[r.kind]})</span>
                </legend>
                <div class="q-checks">
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={r.ask}
                      onChange={(e) => change(i, { ask: e.currentTarget.checked })}
                    />
                    {t.ask}<span class="sr-only"> {name}</span>
                  </label>
                  <label class="check">
                    <input
                      type="checkbox"
                      checked={r.followUp}
                      onChange={(e) => change(i, { followUp: e.currentTarget.checked })}
                    />
                    {t.followUp}<span class="sr-only"> {t.after(name)}</span>
                  </label>
                </div>
                {r.kind === 'ces' && (
                  <div class="field q-aspects">
                    <label for="q-ces-aspects">{t.aspects}</label>
                    <input
                      id="q-ces-aspects"
                      class="mono"
                      value={aspects}
                      aria-invalid={aspectsError ? 'true' : undefined}
                      aria-describedby="q-ces-aspects-hint"
                      onInput={(e) => setAspects(e.currentTarget.value)}
                    />
                    <p id="q-ces-aspects-hint" class={aspectsError ? 'hint error-text' : 'hint'}>
                      {aspectsError || t.aspectsHint}
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
                  aria-label={t.moveUp(name)}
                  onClick={() => move(i, 'up')}
                >
                  <span aria-hidden="true">↑</span>&nbsp;{t.up}
                </button>
                <button
                  type="button"
                  id={`q-${r.kind}-down`}
                  class="secondary small"
                  disabled={i === rows.length - 1}
                  aria-label={t.moveDown(name)}
                  onClick={() => move(i, 'down')}
                >
                  <span aria-hidden="true">↓</span>&nbsp;{t.down}
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
