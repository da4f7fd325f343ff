// Signed-out pages: the first-run "Create the admin account" (with the one-time setup code) and the
// sign-in form.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { api, ApiError } from '../../lib/api';
import {
  Field,
  focusSoon,
  FormAlert,
  formErrors,
  NewPasswordFields,
  NO_ERRORS,
  type FormErrors,
} from '../../components/field';

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

/** The setup page's fields, in order: the first one with an error gets focus. */
const SETUP_FIELDS = { setupCode: 's-code', email: 's-email', password: 's-password', confirm: 's-confirm' };

export function SetupPage({ done }: { done(): void }) {
  const [code, setCode] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [taken, setTaken] = useState(false);
  const [busy, setBusy] = useState(false);

  const show = (next: FormErrors) => {
    setErrors(next);
    const first = Object.entries(SETUP_FIELDS).find(([name]) => next.fields[name]);
    if (first) focusSoon(first[1]);
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    if (!code.trim()) fields.setupCode = 'Enter the setup code.';
    if (!email.trim()) fields.email = 'Enter your email address.';
    if (password.length < 12) fields.password = 'Use at least 12 characters.';
    else if (password !== confirm) fields.confirm = 'The two passwords do not match.';
    if (Object.keys(fields).length) {
      return show({ summary: 'Please correct the fields marked below.', fields });
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await api('/auth/setup', {
        method: 'POST',
        body: { email: email.trim(), password, setupCode: code.trim() },
      });
      done();
    } catch (err) {
      setTaken(err instanceof ApiError && err.status === 409);
      show(formErrors(err));
      setBusy(false);
    }
  };

  return (
    <Shell title="Create the admin account">
      <p>
        Nobody has an account yet. The first account is the admin of every site: it can add sites, their
        origins and API keys, and other people.
      </p>
      <form class="stack-form" onSubmit={submit} noValidate>
        <Field
          id={SETUP_FIELDS.setupCode}
          label="Setup code"
          autoComplete="one-time-code"
          code
          value={code}
          set={setCode}
          error={errors.fields.setupCode}
          hint={
            <>
              Printed by <code>npm start</code> on your computer, or by <code>npm run deploy</code> for a
              deployed worker; get a new one with <code>npm run admin -- setup-code --remote</code>. It works
              once, for 24 hours.
            </>
          }
        />
        <Field
          id={SETUP_FIELDS.email}
          label="Email"
          type="email"
          autoComplete="username"
          value={email}
          set={setEmail}
          error={errors.fields.email}
        />
        <NewPasswordFields
          ids={[SETUP_FIELDS.password, SETUP_FIELDS.confirm]}
          labels={['Password', 'Confirm the password']}
          hint="At least 12 characters."
          values={[password, confirm]}
          set={[setPassword, setConfirm]}
          errors={[errors.fields.password, errors.fields.confirm]}
        />
        <FormAlert errors={errors} />
        {taken ? (
          <button type="button" onClick={done}>
            Go to sign-in
          </button>
        ) : (
          <button type="submit" aria-disabled={busy ? 'true' : undefined}>
            {busy ? 'Creating…' : 'Create the admin account'}
          </button>
        )}
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
      // A 429 carries its own words: "Too many attempts. Try again in 15 minutes." (api.ts).
      setError(
        err instanceof ApiError && err.status === 401 ? 'Wrong email or password' : formErrors(err).summary,
      );
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
        <Field
          id="l-password"
          label="Password"
          type="password"
          autoComplete="current-password"
          value={password}
          set={setPassword}
        />
        <FormAlert errors={{ summary: error, fields: {} }} />
        <button type="submit" aria-disabled={busy ? 'true' : undefined}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </Shell>
  );
}
