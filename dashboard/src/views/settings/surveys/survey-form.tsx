// One survey's form: questions and their order, CES aspects and the labels of custom ones, default
// language and the wording overrides as JSON (checked here before sending); Save replaces the
// definition (PUT).
import { useState } from 'preact/hooks';
import { missingAspectLabels, missingLabelsMessage, SHIPPED_LANGS } from '../../../../../shared/i18n/aspects';
import { en } from '../../../../../shared/i18n/en';
import type { SurveyDefinition } from '../../../../../shared/schemas/survey';
import { api, ApiError, enc } from '../../../lib/api';
import { focusSoon, SelectField } from '../../../components/field';
import { AspectLabels } from './survey-aspect-labels';
import {
  aspectsProblem,
  customAspects,
  labelIssues,
  langName,
  NO_LABEL_ISSUES,
  parseText,
  SLUG,
  toDefinition,
  toDraft,
  type Draft,
} from './survey-draft';
import { QuestionRows } from './survey-questions';
import { ActionStatus, useAction } from '../../../lib/use-action';
import { tr } from '../../../lib/i18n';
import { T } from './survey-form.text';

interface Props {
  site: string;
  /** null: a new survey, whose ID the form asks for. */
  id: string | null;
  definition: SurveyDefinition | undefined;
  existing: string[];
  onSaved(id: string): void;
}

export function SurveyForm({ site, id, definition, existing, onSaved }: Props) {
  const t = tr(T);
  const [draft, setDraft] = useState(() => toDraft(definition));
  const [newId, setNewId] = useState('');
  const [tried, setTried] = useState(false);
  const [server, setServer] = useState(NO_LABEL_ISSUES);
  const action = useAction();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const setLabel = (key: string, lang: string, value: string) => {
    setDraft((d) => ({ ...d, labels: { ...d.labels, [key]: { ...d.labels[key], [lang]: value } } }));
    // A field the user changes no longer carries the server's verdict on its old value.
    if (server.fields[key]?.[lang]) {
      setServer((s) => ({ ...s, fields: { ...s.fields, [key]: { ...s.fields[key], [lang]: '' } } }));
    }
  };
  const none = !draft.rows.some((r) => r.ask);
  const idProblem =
    id !== null
      ? ''
      : !SLUG.test(newId.trim())
        ? t.badId
        : existing.includes(newId.trim())
          ? t.exists(newId.trim())
          : '';
  // The aspects are sent (and checked) only when CES is asked.
  const cesAsked = draft.rows.some((r) => r.kind === 'ces' && r.ask);
  const aspectsBad = cesAsked ? aspectsProblem(draft.aspects) : '';
  const aspectsError = tried ? aspectsBad : '';
  const text = parseText(draft.text);
  const textError = tried ? (text.error ?? '') : '';
  const body = toDefinition(draft, text.value ?? {});
  // The server's own check (shared/i18n/aspects.ts), on what would be sent.
  const missing = aspectsBad
    ? []
    : missingAspectLabels(body).map((m) => ({ ...m, message: missingLabelsMessage(m) }));

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (none || action.busy) return;
    setTried(true);
    setServer(NO_LABEL_ISSUES);
    const problems = [
      [idProblem, 'sv-id'],
      [aspectsBad && t.aspects(aspectsBad), 'q-ces-aspects'],
      ...missing.map((m) => [m.message, `al-${m.key}-${m.langs[0]}`]),
      [text.error ?? '', 'sv-text'],
    ].filter(([p]) => p);
    if (problems.length) {
      action.fail(t.notSaved, problems.map(([p]) => p!));
      document.getElementById(problems[0]![1]!)?.focus();
      return;
    }
    const target = id ?? newId.trim();
    await action.run(async () => {
      try {
        const res = await api<{ id: string; definition: SurveyDefinition }>(
          `/sites/${enc(site)}/surveys/${enc(target)}`,
          { method: 'PUT', body },
        );
        setDraft(toDraft(res.definition));
        setTried(false);
        onSaved(res.id);
        return id === null ? t.savedNew(res.id) : t.saved;
      } catch (err) {
        if (err instanceof ApiError) {
          const found = labelIssues(err.issues, body);
          setServer(found);
          const first = Object.entries(found.fields).flatMap(([key, by]) =>
            SHIPPED_LANGS.filter((l) => by[l]).map((l) => `al-${key}-${l}`),
          )[0];
          if (first) focusSoon(first);
        }
        throw err;
      }
    });
  };

  const langs = SHIPPED_LANGS.includes(draft.lang) ? SHIPPED_LANGS : [...SHIPPED_LANGS, draft.lang];
  return (
    <form class="stack-form survey-form" onSubmit={save} aria-label={id ? t.survey(id) : t.newSurvey}>
      {id === null && (
        <div class="field">
          <label for="sv-id">{t.newId}</label>
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
            {t.idHint} <code>data-survey</code>.
          </p>
        </div>
      )}
      <QuestionRows
        rows={draft.rows}
        setRows={(rows) => set({ rows })}
        aspects={draft.aspects}
        setAspects={(aspects) => set({ aspects })}
        aspectsError={aspectsError}
        aspectLabels={
          <AspectLabels
            keys={cesAsked ? customAspects(draft.aspects) : []}
            labels={draft.labels}
            setLabel={setLabel}
            missing={tried ? missing : []}
            server={server}
          />
        }
      />
      <SelectField
        id="sv-lang"
        label={t.defaultLang}
        value={draft.lang}
        choices={langs.map((code) => ({ value: code, label: langName(code) }))}
        hint={t.langHint}
        onChange={(lang) => set({ lang })}
      />
      <div class="field">
        <label for="sv-text">{t.overrides}</label>
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
              {t.overridesHint1} <code>{'{"it": {"csat": {"prompt": "…"}}}'}</code>. {t.overridesHint2}{' '}
              <code>{'{}'}</code> {t.overridesHint3}
            </>
          )}
        </p>
      </div>
      <details class="defaults">
        <summary>{t.english}</summary>
        <pre tabIndex={0} role="region" aria-label={t.englishJson}>
          {JSON.stringify(en, null, 2)}
        </pre>
      </details>
      <div class="form-end">
        <button type="submit" disabled={none} aria-describedby={none ? 'sv-none' : undefined}>
          {t.save}
        </button>
        {none && (
          <span id="sv-none" class="hint">
            {t.tickAsk}
          </span>
        )}
      </div>
      <ActionStatus action={action} />
    </form>
  );
}
