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
  es: {
    code: 'Introduce el código de configuración.',
    email: 'Introduce tu dirección de email.',
    short: 'Usa al menos 12 caracteres.',
    mismatch: 'Las dos contraseñas no coinciden.',
    correct: 'Corrige los campos marcados abajo.',
    setupTitle: 'Crear la cuenta de administrador',
    setupIntro: 'Todavía nadie tiene cuenta. La primera cuenta es administradora de todos los sitios: puede añadir sitios, sus orígenes y claves de API, y otras personas.',
    codeLabel: 'Código de configuración',
    codeHint: ['Lo muestra ', ' en tu ordenador, o ', ' para un worker desplegado; obtén uno nuevo con ', '. Sirve una sola vez, durante 24 horas.'],
    emailLabel: 'Email',
    password: 'Contraseña',
    confirm: 'Confirma la contraseña',
    hint: 'Al menos 12 caracteres.',
    toSignIn: 'Ir al inicio de sesión',
    creating: 'Creando…',
    wrong: 'Email o contraseña incorrectos',
    signIn: 'Iniciar sesión',
    signingIn: 'Iniciando sesión…',
  },
  fr: {
    code: 'Saisissez le code de configuration.',
    email: 'Saisissez votre adresse e-mail.',
    short: 'Utilisez au moins 12 caractères.',
    mismatch: 'Les deux mots de passe ne correspondent pas.',
    correct: 'Corrigez les champs signalés ci-dessous.',
    setupTitle: 'Créer le compte administrateur',
    setupIntro: 'Personne n’a encore de compte. Le premier compte est administrateur de tous les sites : il peut ajouter des sites, leurs origines et clés d’API, et d’autres personnes.',
    codeLabel: 'Code de configuration',
    codeHint: ['Affiché par ', ' sur votre ordinateur, ou par ', ' pour un worker déployé ; obtenez-en un nouveau avec ', '. Il sert une seule fois, pendant 24 heures.'],
    emailLabel: 'E-mail',
    password: 'Mot de passe',
    confirm: 'Confirmez le mot de passe',
    hint: 'Au moins 12 caractères.',
    toSignIn: 'Aller à la connexion',
    creating: 'Création…',
    wrong: 'E-mail ou mot de passe incorrect',
    signIn: 'Se connecter',
    signingIn: 'Connexion…',
  },
  de: {
    code: 'Geben Sie den Einrichtungscode ein.',
    email: 'Geben Sie Ihre E-Mail-Adresse ein.',
    short: 'Verwenden Sie mindestens 12 Zeichen.',
    mismatch: 'Die beiden Passwörter stimmen nicht überein.',
    correct: 'Bitte korrigieren Sie die unten markierten Felder.',
    setupTitle: 'Admin-Konto anlegen',
    setupIntro: 'Noch hat niemand ein Konto. Das erste Konto ist Admin aller Websites: Es kann Websites, ihre Origins und API-Schlüssel sowie weitere Personen hinzufügen.',
    codeLabel: 'Einrichtungscode',
    codeHint: ['Ausgegeben von ', ' auf Ihrem Computer oder von ', ' für einen bereitgestellten Worker; einen neuen erhalten Sie mit ', '. Er gilt einmal, 24 Stunden lang.'],
    emailLabel: 'E-Mail',
    password: 'Passwort',
    confirm: 'Passwort bestätigen',
    hint: 'Mindestens 12 Zeichen.',
    toSignIn: 'Zur Anmeldung',
    creating: 'Wird angelegt…',
    wrong: 'E-Mail oder Passwort falsch',
    signIn: 'Anmelden',
    signingIn: 'Anmeldung…',
  },
  pt: {
    code: 'Introduza o código de configuração.',
    email: 'Introduza o seu endereço de email.',
    short: 'Use pelo menos 12 caracteres.',
    mismatch: 'As duas palavras-passe não coincidem.',
    correct: 'Corrija os campos assinalados abaixo.',
    setupTitle: 'Criar a conta de administrador',
    setupIntro: 'Ainda ninguém tem conta. A primeira conta é administradora de todos os sites: pode adicionar sites, as suas origens e chaves de API, e outras pessoas.',
    codeLabel: 'Código de configuração',
    codeHint: ['Mostrado por ', ' no seu computador, ou por ', ' para um worker publicado; obtenha um novo com ', '. Serve uma única vez, durante 24 horas.'],
    emailLabel: 'Email',
    password: 'Palavra-passe',
    confirm: 'Confirme a palavra-passe',
    hint: 'Pelo menos 12 caracteres.',
    toSignIn: 'Ir para o início de sessão',
    creating: 'A criar…',
    wrong: 'Email ou palavra-passe incorretos',
    signIn: 'Iniciar sessão',
    signingIn: 'A iniciar sessão…',
  },
  pl: {
    code: 'Wpisz kod konfiguracyjny.',
    email: 'Wpisz swój adres e-mail.',
    short: 'Użyj co najmniej 12 znaków.',
    mismatch: 'Hasła nie są takie same.',
    correct: 'Popraw pola oznaczone poniżej.',
    setupTitle: 'Utwórz konto administratora',
    setupIntro: 'Nikt nie ma jeszcze konta. Pierwsze konto jest administratorem wszystkich witryn: może dodawać witryny, ich originy i klucze API oraz inne osoby.',
    codeLabel: 'Kod konfiguracyjny',
    codeHint: ['Wypisuje go ', ' na Twoim komputerze lub ', ' dla wdrożonego workera; nowy uzyskasz poleceniem ', '. Działa raz, przez 24 godziny.'],
    emailLabel: 'E-mail',
    password: 'Hasło',
    confirm: 'Potwierdź hasło',
    hint: 'Co najmniej 12 znaków.',
    toSignIn: 'Przejdź do logowania',
    creating: 'Tworzenie…',
    wrong: 'Nieprawidłowy e-mail lub hasło',
    signIn: 'Zaloguj się',
    signingIn: 'Logowanie…',
  },
  nl: {
    code: 'Voer de installatiecode in.',
    email: 'Voer uw e-mailadres in.',
    short: 'Gebruik minstens 12 tekens.',
    mismatch: 'De twee wachtwoorden komen niet overeen.',
    correct: 'Verbeter de hieronder gemarkeerde velden.',
    setupTitle: 'Het beheerdersaccount aanmaken',
    setupIntro: 'Nog niemand heeft een account. Het eerste account is beheerder van alle sites: het kan sites, hun origins en API-sleutels, en andere mensen toevoegen.',
    codeLabel: 'Installatiecode',
    codeHint: ['Getoond door ', ' op uw computer, of door ', ' voor een gepubliceerde worker; een nieuwe krijgt u met ', '. Hij werkt één keer, 24 uur lang.'],
    emailLabel: 'E-mail',
    password: 'Wachtwoord',
    confirm: 'Bevestig het wachtwoord',
    hint: 'Minstens 12 tekens.',
    toSignIn: 'Naar aanmelden',
    creating: 'Aanmaken…',
    wrong: 'Onjuist e-mailadres of wachtwoord',
    signIn: 'Aanmelden',
    signingIn: 'Aanmelden…',
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
