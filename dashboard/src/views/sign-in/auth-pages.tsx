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
import { LangSwitch } from '../../components/lang-switch';
import { tr, type Text } from '../../lib/i18n';

type Words = Record<
  | 'code' | 'email' | 'short' | 'mismatch' | 'correct' | 'setupTitle' | 'setupIntro' | 'codeLabel' | 'emailLabel'
  | 'password' | 'confirm' | 'hint' | 'toSignIn' | 'creating' | 'wrong' | 'signIn' | 'signingIn' | 'codeHint',
  unknown
>;

const T = {
  en: {
    code: 'Enter the setup code.',
    email: 'Enter your email address.',
    short: 'Use at least 12 characters.',
    mismatch: 'The two passwords do not match.',
    correct: 'Please correct the fields marked below.',
    setupTitle: 'Create the admin account',
    setupIntro:
      'Nobody has an account yet. The first account is the admin of every site: it can add sites, their origins and API keys, and other people.',
    codeLabel: 'Setup code',
    codeHint: ['Printed by ', ' on your computer, or by ', ' for a deployed worker; get a new one with ', '. It works once, for 24 hours.'],
    emailLabel: 'Email',
    password: 'Password',
    confirm: 'Confirm the password',
    hint: 'At least 12 characters.',
    toSignIn: 'Go to sign-in',
    creating: 'Creating…',
    wrong: 'Wrong email or password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
  },
  it: {
    code: 'Inserisci il codice di configurazione.',
    email: 'Inserisci il tuo indirizzo email.',
    short: 'Usa almeno 12 caratteri.',
    mismatch: 'Le due password non coincidono.',
    correct: 'Correggi i campi segnalati qui sotto.',
    setupTitle: 'Crea l’account amministratore',
    setupIntro:
      'Nessuno ha ancora un account. Il primo account è amministratore di tutti i siti: può aggiungere siti, le loro origini e chiavi API, e altre persone.',
    codeLabel: 'Codice di configurazione',
    codeHint: ['Stampato da ', ' sul tuo computer, o da ', ' per un worker pubblicato; per averne uno nuovo usa ', '. Vale una sola volta, per 24 ore.'],
    emailLabel: 'Email',
    password: 'Password',
    confirm: 'Conferma la password',
    hint: 'Almeno 12 caratteri.',
    toSignIn: 'Vai all’accesso',
    creating: 'Creazione…',
    wrong: 'Email o password errate',
    signIn: 'Accedi',
    signingIn: 'Accesso in corso…',
  },
} satisfies Text<Record<Exclude<keyof Words, 'codeHint'>, string> & { codeHint: [string, string, string, string] }>;

function Shell({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <>
      <header class="top top-plain">
        <div class="top-row">
          <p class="brand">Voce</p>
          <div class="user">
            <LangSwitch />
          </div>
        </div>
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
  const t = tr(T);

  const show = (next: FormErrors) => {
    setErrors(next);
    const first = Object.entries(SETUP_FIELDS).find(([name]) => next.fields[name]);
    if (first) focusSoon(first[1]);
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy) return;
    const fields: Record<string, string> = {};
    if (!code.trim()) fields.setupCode = t.code;
    if (!email.trim()) fields.email = t.email;
    if (password.length < 12) fields.password = t.short;
    else if (password !== confirm) fields.confirm = t.mismatch;
    if (Object.keys(fields).length) {
      return show({ summary: t.correct, fields });
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
    <Shell title={t.setupTitle}>
      <p>{t.setupIntro}</p>
      <form class="stack-form" onSubmit={submit} noValidate>
        <Field
          id={SETUP_FIELDS.setupCode}
          label={t.codeLabel}
          autoComplete="one-time-code"
          code
          value={code}
          set={setCode}
          error={errors.fields.setupCode}
          hint={
            <>
              {t.codeHint[0]}
              <code>npm start</code>
              {t.codeHint[1]}
              <code>npm run deploy</code>
              {t.codeHint[2]}
              <code>npm run admin -- setup-code --remote</code>
              {t.codeHint[3]}
            </>
          }
        />
        <Field
          id={SETUP_FIELDS.email}
          label={t.emailLabel}
          type="email"
          autoComplete="username"
          value={email}
          set={setEmail}
          error={errors.fields.email}
        />
        <NewPasswordFields
          ids={[SETUP_FIELDS.password, SETUP_FIELDS.confirm]}
          labels={[t.password, t.confirm]}
          hint={t.hint}
          values={[password, confirm]}
          set={[setPassword, setConfirm]}
          errors={[errors.fields.password, errors.fields.confirm]}
        />
        <FormAlert errors={errors} />
        {taken ? (
          <button type="button" onClick={done}>
            {t.toSignIn}
          </button>
        ) : (
          <button type="submit" aria-disabled={busy ? 'true' : undefined}>
            {busy ? t.creating : t.setupTitle}
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
  const t = tr(T);

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
        err instanceof ApiError && err.status === 401 ? t.wrong : formErrors(err).summary,
      );
      setBusy(false);
    }
  };

  return (
    <Shell title={t.signIn}>
      {notice && (
        <p role="status" class="note">
          {notice}
        </p>
      )}
      <form class="stack-form" onSubmit={submit}>
        <Field id="l-email" label={t.emailLabel} type="email" autoComplete="username" value={email} set={setEmail} />
        <Field
          id="l-password"
          label={t.password}
          type="password"
          autoComplete="current-password"
          value={password}
          set={setPassword}
        />
        <FormAlert errors={{ summary: error, fields: {} }} />
        <button type="submit" aria-disabled={busy ? 'true' : undefined}>
          {busy ? t.signingIn : t.signIn}
        </button>
      </form>
    </Shell>
  );
}
