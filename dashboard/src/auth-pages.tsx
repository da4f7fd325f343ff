// Signed-out pages: the first-run "Create the admin account" and the sign-in form.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, ApiError } from './api';

function Shell({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <>
      <header class="top top-plain">
        <p class="brand">Voce</p>
      </header>
      <main id="main" class="auth">
        <h1>{title}</h1>
        {children}
      </main>
    </>
  );
}

function message(err: unknown): string {
  return err instanceof ApiError ? err.message : String(err);
}

interface FieldProps {
  id: string;
  label: string;
  type: 'email' | 'password';
  autoComplete: string;
  value: string;
  set(value: string): void;
  minLength?: number;
  hint?: string;
}

/** A labelled, required input of the sign-in forms, with an optional hint read with it. */
function Field(p: FieldProps) {
  return (
    <div class="field">
      <label for={p.id}>{p.label}</label>
      <input
        id={p.id}
        type={p.type}
        required
        minLength={p.minLength}
        autoComplete={p.autoComplete}
        aria-describedby={p.hint ? `${p.id}-hint` : undefined}
        value={p.value}
        onInput={(e) => p.set(e.currentTarget.value)}
      />
      {p.hint && (
        <p id={`${p.id}-hint`} class="hint">
          {p.hint}
        </p>
      )}
    </div>
  );
}

export function SetupPage({ done }: { done(): void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy) return;
    if (password.length < 12) return setError('The password needs at least 12 characters.');
    if (password !== confirm) return setError('The two passwords do not match.');
    setBusy(true);
    setError('');
    try {
      await api('/auth/setup', { method: 'POST', body: { email: email.trim(), password } });
      done();
    } catch (err) {
      setError(message(err));
      setBusy(false);
    }
  };

  return (
    <Shell title="Create the admin account">
      <p>
        Nobody has an account yet. The first account is the admin: it can add sites’ origins, API keys and
        other users.
      </p>
      <form class="stack-form" onSubmit={submit} noValidate>
        <Field id="s-email" label="Email" type="email" autoComplete="username" value={email} set={setEmail} />
        <Field id="s-password" label="Password" type="password" autoComplete="new-password" value={password} set={setPassword} minLength={12} hint="At least 12 characters." />
        <Field id="s-confirm" label="Confirm the password" type="password" autoComplete="new-password" value={confirm} set={setConfirm} />
        {error && (
          <p role="alert" class="error-text">
            {error}
          </p>
        )}
        <button type="submit" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Creating…' : 'Create the admin account'}
        </button>
      </form>
    </Shell>
  );
}

export function LoginPage({ done, notice }: { done(): void; notice?: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError('');
    try {
      await api('/auth/login', { method: 'POST', body: { email: email.trim(), password }, expect401: true });
      done();
    } catch (err) {
      setError(err instanceof ApiError && err.status === 401 ? 'Wrong email or password' : message(err));
      setBusy(false);
    }
  };

  return (
    <Shell title="Sign in">
      {notice && (
        <p role="status" class="note">
          {notice}
        </p>
      )}
      <form class="stack-form" onSubmit={submit}>
        <Field id="l-email" label="Email" type="email" autoComplete="username" value={email} set={setEmail} />
        <Field id="l-password" label="Password" type="password" autoComplete="current-password" value={password} set={setPassword} />
        {error && (
          <p role="alert" class="error-text">
            {error}
          </p>
        )}
        <button type="submit" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </Shell>
  );
}
