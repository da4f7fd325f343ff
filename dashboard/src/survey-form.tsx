// One survey's form: questions and their order, CES aspects, default language and the wording
// overrides as JSON (checked here before sending); Save replaces the definition (PUT).
import { useState } from 'preact/hooks';
import type { Question, QuestionKind, SurveyDefinition } from '../../shared/schemas/survey';
import { en } from '../../shared/i18n/en';
import { api, enc } from './api';
import { QuestionRows, type Row } from './survey-questions';
import { ActionStatus, useAction } from './use-action';

const KINDS: QuestionKind[] = ['csat', 'ces', 'nps'];
const DEFAULT_ASPECTS = 'courtesy, competence, speed';
const SLUG = /^[a-z0-9][a-z0-9_-]{0,62}$/;
export const LANGS: [string, string][] = [
  ['en', 'English'],
  ['it', 'Italian'],
  ['es', 'Spanish'],
  ['fr', 'French'],
  ['de', 'German'],
  ['pt', 'Portuguese'],
  ['pl', 'Polish'],
  ['nl', 'Dutch'],
];

interface Draft {
  rows: Row[];
  aspects: string;
  lang: string;
  text: string;
}

function toDraft(def: SurveyDefinition | undefined): Draft {
  const qs: Question[] = def?.questions ?? KINDS.map((kind) => ({ kind, followUp: true }));
  const asked: Row[] = qs.map((q) => ({ kind: q.kind, ask: true, followUp: q.followUp }));
  const rest: Row[] = KINDS.filter((k) => !qs.some((q) => q.kind === k)).map((kind) => ({
    kind,
    ask: false,
    followUp: true,
  }));
  const ces = qs.find((q) => q.kind === 'ces');
  return {
    rows: [...asked, ...rest],
    aspects: ces?.aspects ? ces.aspects.join(', ') : DEFAULT_ASPECTS,
    lang: def?.defaultLang ?? 'en',
    text: JSON.stringify(def?.text ?? {}, null, 2),
  };
}

function aspectsOf(s: string): string[] {
  return s
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

function aspectsProblem(s: string): string {
  const list = aspectsOf(s);
  const bad = list.filter((a) => !SLUG.test(a));
  if (bad.length) return `Not a valid aspect: ${bad.join(', ')}. Use lowercase letters, digits, "-" or "_".`;
  if (list.length > 12) return 'At most 12 aspects.';
  return '';
}

/** The parsed overrides, or why they are not a JSON object. */
function parseText(s: string): { value?: Record<string, unknown>; error?: string } {
  if (!s.trim()) return { value: {} };
  try {
    const v: unknown = JSON.parse(s);
    if (typeof v !== 'object' || v === null || Array.isArray(v))
      return { error: 'Wording overrides must be a JSON object, such as {"it": {"title": "…"}}.' };
    return { value: v as Record<string, unknown> };
  } catch (err) {
    return { error: `Wording overrides are not valid JSON: ${(err as Error).message}` };
  }
}

interface Props {
  site: string;
  /** null: a new survey, whose ID the form asks for. */
  id: string | null;
  definition: SurveyDefinition | undefined;
  existing: string[];
  onSaved(id: string): void;
}

export function SurveyForm({ site, id, definition, existing, onSaved }: Props) {
  const [draft, setDraft] = useState(() => toDraft(definition));
  const [newId, setNewId] = useState('');
  const [tried, setTried] = useState(false);
  const action = useAction();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const none = !draft.rows.some((r) => r.ask);
  const idProblem =
    id !== null
      ? ''
      : !SLUG.test(newId.trim())
        ? 'Survey ID: use 1–63 lowercase letters, digits, "-" or "_".'
        : existing.includes(newId.trim())
          ? `Survey ID: "${newId.trim()}" exists already; choose it in the list to change it.`
          : '';
  // The aspects are sent (and checked) only when CES is asked.
  const cesAsked = draft.rows.some((r) => r.kind === 'ces' && r.ask);
  const aspectsBad = cesAsked ? aspectsProblem(draft.aspects) : '';
  const aspectsError = tried ? aspectsBad : '';
  const text = parseText(draft.text);
  const textError = tried ? (text.error ?? '') : '';

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (none || action.busy) return;
    setTried(true);
    const problems = [
      [idProblem, 'sv-id'],
      [aspectsBad && `Aspects: ${aspectsBad}`, 'q-ces-aspects'],
      [text.error ?? '', 'sv-text'],
    ].filter(([p]) => p);
    if (problems.length) {
      action.fail('The survey was not saved:', problems.map(([p]) => p!));
      document.getElementById(problems[0]![1]!)?.focus();
      return;
    }
    const target = id ?? newId.trim();
    const body: SurveyDefinition = {
      questions: draft.rows
        .filter((r) => r.ask)
        .map((r) =>
          r.kind === 'ces'
            ? { kind: r.kind, followUp: r.followUp, aspects: aspectsOf(draft.aspects) }
            : { kind: r.kind, followUp: r.followUp },
        ),
      defaultLang: draft.lang,
      text: text.value as SurveyDefinition['text'],
    };
    await action.run(async () => {
      const res = await api<{ id: string; definition: SurveyDefinition }>(
        `/sites/${enc(site)}/surveys/${enc(target)}`,
        { method: 'PUT', body },
      );
      setDraft(toDraft(res.definition));
      setTried(false);
      onSaved(res.id);
      return id === null ? `Saved the new survey “${res.id}”.` : 'Saved.';
    });
  };

  const langs = LANGS.some(([c]) => c === draft.lang) ? LANGS : [...LANGS, [draft.lang, draft.lang]];
  return (
    <form class="stack-form survey-form" onSubmit={save} aria-label={id ? `Survey ${id}` : 'New survey'}>
      {id === null && (
        <div class="field">
          <label for="sv-id">New survey ID</label>
          <input
            id="sv-id"
            class="mono"
            required
            autoComplete="off"
            value={newId}
            aria-invalid={tried && idProblem ? 'true' : undefined}
            aria-describedby="sv-id-hint"
            onInput={(e) => setNewId(e.currentTarget.value)}
          />
          <p id="sv-id-hint" class="hint">
            Lowercase letters, digits, “-” or “_”; the widget’s <code>data-survey</code>.
          </p>
        </div>
      )}
      <QuestionRows
        rows={draft.rows}
        setRows={(rows) => set({ rows })}
        aspects={draft.aspects}
        setAspects={(aspects) => set({ aspects })}
        aspectsError={aspectsError}
      />
      <div class="field">
        <label for="sv-lang">Default language</label>
        <select
          id="sv-lang"
          value={draft.lang}
          aria-describedby="sv-lang-hint"
          onChange={(e) => set({ lang: e.currentTarget.value })}
        >
          {langs.map(([code, name]) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </select>
        <p id="sv-lang-hint" class="hint">
          Used when the visitor’s browser asks for none of the survey’s languages.
        </p>
      </div>
      <div class="field">
        <label for="sv-text">Wording overrides (JSON)</label>
        <textarea
          id="sv-text"
          class="mono"
          rows={8}
          spellcheck={false}
          value={draft.text}
          aria-invalid={textError ? 'true' : undefined}
          aria-describedby="sv-text-hint"
          onInput={(e) => set({ text: e.currentTarget.value })}
        />
        <p id="sv-text-hint" class={textError ? 'hint error-text' : 'hint'}>
          {textError || (
            <>
              Per language code, any of the texts below, e.g.{' '}
              <code>{'{"it": {"csat": {"prompt": "…"}}}'}</code>. Leave <code>{'{}'}</code> for the shipped
              wording.
            </>
          )}
        </p>
      </div>
      <details class="defaults">
        <summary>The English wording and its keys</summary>
        <pre tabIndex={0} role="region" aria-label="English wording, JSON">
          {JSON.stringify(en, null, 2)}
        </pre>
      </details>
      <div class="form-end">
        <button type="submit" disabled={none} aria-describedby={none ? 'sv-none' : undefined}>
          Save survey
        </button>
        {none && (
          <span id="sv-none" class="hint">
            Tick “Ask” on at least one question to save.
          </span>
        )}
      </div>
      <ActionStatus action={action} />
    </form>
  );
}
