// Labelled fields: a text input and a select, each with an optional hint and a field-level error, both
// read with it through aria-describedby; the error also marks it invalid. The sign-in, account and people
// forms also share the pair "new password + repeat it".
import type { ComponentChildren } from 'preact';
import { ApiError } from '../lib/api';

/** The IDs of a field's hint and error, for its aria-describedby. */
function describedBy(id: string, hint: unknown, error: unknown): string {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
}

/** A field's hint and its error, under it. */
function Notes({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </>
  );
}

export interface FieldProps {
  id: string;
  label: string;
  type?: 'email' | 'password' | 'text';
  autoComplete: string;
  value: string;
  set(value: string): void;
  minLength?: number;
  hint?: ComponentChildren;
  /** What is wrong with this field; shown under it. */
  error?: string;
  /** For codes and IDs: monospace, no spelling or capitalisation help. */
  code?: boolean;
}

export function Field(p: FieldProps) {
  const described = describedBy(p.id, p.hint, p.error);
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type={p.type ?? 'text'}
        class={p.code ? 'mono' : undefined}
        required
        minLength={p.minLength}
        autoComplete={p.autoComplete}
        spellcheck={p.code ? false : undefined}
        autoCapitalize={p.code ? 'characters' : undefined}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={described || undefined}
        value={p.value}
        onInput={(e) => p.set(e.currentTarget.value)}
      />
      <Notes id={p.id} hint={p.hint} error={p.error} />
    </div>
  );
}

/** One choice of a select: a value and what it reads (and its language, if not the page's); a plain string is both. */
export type Choice = string | { value: string; label: string; lang?: string };

export interface SelectFieldProps {
  id: string;
  label: string;
  value: string;
  choices: readonly Choice[];
  onChange(value: string): void;
  hint?: ComponentChildren;
  error?: string;
  /** Extra classes on the field's wrapper (e.g. "wide"). */
  class?: string;
}

/** A labelled select: every dropdown of the dashboard, so they all read and behave alike. */
export function SelectField(p: SelectFieldProps) {
  const described = describedBy(p.id, p.hint, p.error);
  return (
    <div class={p.class ? `field ${p.class}` : 'field'}>
      <label for={p.id}>{p.label}</label>
      <select
        id={p.id}
        value={p.value}
        aria-invalid={p.error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onChange={(e) => p.onChange(e.currentTarget.value)}
      >
        {p.choices.map((c) => {
          const { value, label, lang } = typeof c === 'string' ? { value: c, label: c, lang: undefined } : c;
          return (
            <option key={value} value={value} lang={lang}>
              {label}
            </option>
          );
        })}
      </select>
      <Notes id={p.id} hint={p.hint} error={p.error} />
    </div>
  );
}

/**
 * A new password and the same typed again, each pair given as [new, again]: both inputs take a new
 * password (so password managers offer one), and the hint and the 12-character minimum go with the first.
 */
export function NewPasswordFields(p: {
  ids: [string, string];
  labels: [string, string];
  hint: string;
  values: [string, string];
  set: [(value: string) => void, (value: string) => void];
  errors: [string | undefined, string | undefined];
}) {
  return (
    <>
      <Field
        id={p.ids[0]}
        label={p.labels[0]}
        type="password"
        autoComplete="new-password"
        minLength={12}
        hint={p.hint}
        value={p.values[0]}
        set={p.set[0]}
        error={p.errors[0]}
      />
      <Field
        id={p.ids[1]}
        label={p.labels[1]}
        type="password"
        autoComplete="new-password"
        value={p.values[1]}
        set={p.set[1]}
        error={p.errors[1]}
      />
    </>
  );
}

/** A form's errors: one summary (announced) and, by field name, what is wrong with each field. */
export interface FormErrors {
  summary: string;
  fields: Record<string, string>;
}

export const NO_ERRORS: FormErrors = { summary: '', fields: {} };

/** The server's field issues by path (e.g. `setupCode`, `current`), and its message as the summary. */
export function formErrors(err: unknown): FormErrors {
  if (!(err instanceof ApiError)) return { summary: String(err), fields: {} };
  const a = err;
  const fields: Record<string, string> = {};
  for (const i of a.issues) if (i.path && i.message && !fields[i.path]) fields[i.path] = i.message;
  return { summary: Object.keys(fields).length ? a.summary : a.message, fields };
}

/** Puts focus on a field once the render that marks it invalid has happened. */
export function focusSoon(id: string): void {
  setTimeout(() => document.getElementById(id)?.focus(), 0);
}

/** The announced summary of a form's errors; text in `backticks` (commands) is shown as code. */
export function FormAlert({ errors }: { errors: FormErrors }) {
  if (!errors.summary) return null;
  return (
    <p role="alert" class="error-text">
      {withCode(errors.summary)}
    </p>
  );
}

/** "Run `npm start`" with the command as <code>. */
export function withCode(text: string): ComponentChildren {
  return text.split('`').map((part, i) => (i % 2 ? <code key={i}>{part}</code> : part));
}
