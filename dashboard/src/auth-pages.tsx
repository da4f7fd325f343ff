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
        <div class="field">
          <label for="s-email">Email</label>
          <input
            id="s-email"
            type="email"
            required
            autoComplete="username"
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="s-password">Password</label>
          <input
            id="s-password"
            type="password"
            required
            minLength={12}
            autoComplete="new-password"
            aria-describedby="s-password-hint"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
          <p id="s-password-hint" class="hint">
            At least 12 characters.
          </p>
        </div>
        <div class="field">
          <label for="s-confirm">Confirm the password</label>
          <input
            id="s-confirm"
            type="password"
            required
            autoComplete="new-password"
            value={confirm}
            onInput={(e) => setConfirm(e.currentTarget.value)}
          />
        </div>
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
        <div class="field">
          <label for="l-email">Email</label>
          <input
            id="l-email"
            type="email"
            required
            autoComplete="username"
            value={email}
            onInput={(e) => setEmail(e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="l-password">Password</label>
          <input
            id="l-password"
            type="password"
            required
            autoComplete="current-password"
            value={password}
            onInput={(e) => setPassword(e.currentTarget.value)}
          />
        </div>
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
