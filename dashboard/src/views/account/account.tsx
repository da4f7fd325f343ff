// "Your account", for everyone signed in: who you are, what you may see, and changing your own
// password (which ends your other sessions and gives this one a new CSRF token).
import { useState } from 'preact/hooks';
import type { Me } from '../../../../shared/api';
import { tr, type Text } from '../../lib/i18n';
import { ROLE_INFO, sitesText } from '../../lib/access';
import { viewLabel } from '../../lib/route';
import { api, setCsrf } from '../../lib/api';
import {
  Field,
  focusSoon,
  FormAlert,
  formErrors,
  NewPasswordFields,
  NO_ERRORS,
  type FormErrors,
} from '../../components/field';

const T = {
  en: {
    current: 'Enter your current password.',
    short: 'Use at least 12 characters.',
    mismatch: 'The two new passwords do not match.',
    correct: 'Please correct the fields marked below.',
    changing: 'Changing your password…',
    changed: 'Your password is changed. Anywhere else you were signed in, you are now signed out.',
    email: 'Email',
    role: 'Role',
    sites: 'Sites',
    heading: 'Change your password',
    currentLabel: 'Current password',
    newLabel: 'New password',
    repeatLabel: 'Repeat the new password',
    hint: 'At least 12 characters. Changing it signs you out everywhere else.',
    submit: 'Change password',
  },
  it: {
    current: 'Inserisci la password attuale.',
    short: 'Usa almeno 12 caratteri.',
    mismatch: 'Le due nuove password non coincidono.',
    correct: 'Correggi i campi segnalati qui sotto.',
    changing: 'Modifica della password in corso…',
    changed: 'La password è stata cambiata: sei stato disconnesso da ogni altro dispositivo in cui avevi effettuato l’accesso.',
    email: 'Email',
    role: 'Ruolo',
    sites: 'Siti',
    heading: 'Cambia la password',
    currentLabel: 'Password attuale',
    newLabel: 'Nuova password',
    repeatLabel: 'Ripeti la nuova password',
    hint: 'Almeno 12 caratteri. Cambiandola verrai disconnesso da tutti gli altri dispositivi.',
    submit: 'Cambia password',
  },
  es: {
    current: 'Introduce tu contraseña actual.',
    short: 'Usa al menos 12 caracteres.',
    mismatch: 'Las dos contraseñas nuevas no coinciden.',
    correct: 'Corrige los campos marcados abajo.',
    changing: 'Cambiando tu contraseña…',
    changed: 'Tu contraseña ha cambiado. Se ha cerrado tu sesión en cualquier otro lugar donde la tuvieras abierta.',
    email: 'Email',
    role: 'Rol',
    sites: 'Sitios',
    heading: 'Cambiar tu contraseña',
    currentLabel: 'Contraseña actual',
    newLabel: 'Contraseña nueva',
    repeatLabel: 'Repite la contraseña nueva',
    hint: 'Al menos 12 caracteres. Al cambiarla se cierra tu sesión en todos los demás lugares.',
    submit: 'Cambiar contraseña',
  },
  fr: {
    current: 'Saisissez votre mot de passe actuel.',
    short: 'Utilisez au moins 12 caractères.',
    mismatch: 'Les deux nouveaux mots de passe ne correspondent pas.',
    correct: 'Corrigez les champs signalés ci-dessous.',
    changing: 'Modification du mot de passe…',
    changed: 'Votre mot de passe est modifié. Partout ailleurs où vous étiez connecté, vous êtes maintenant déconnecté.',
    email: 'E-mail',
    role: 'Rôle',
    sites: 'Sites',
    heading: 'Changer de mot de passe',
    currentLabel: 'Mot de passe actuel',
    newLabel: 'Nouveau mot de passe',
    repeatLabel: 'Répétez le nouveau mot de passe',
    hint: 'Au moins 12 caractères. Le changer vous déconnecte partout ailleurs.',
    submit: 'Changer le mot de passe',
  },
  de: {
    current: 'Geben Sie Ihr aktuelles Passwort ein.',
    short: 'Verwenden Sie mindestens 12 Zeichen.',
    mismatch: 'Die beiden neuen Passwörter stimmen nicht überein.',
    correct: 'Bitte korrigieren Sie die unten markierten Felder.',
    changing: 'Passwort wird geändert…',
    changed: 'Ihr Passwort ist geändert. Überall sonst, wo Sie angemeldet waren, sind Sie jetzt abgemeldet.',
    email: 'E-Mail',
    role: 'Rolle',
    sites: 'Websites',
    heading: 'Passwort ändern',
    currentLabel: 'Aktuelles Passwort',
    newLabel: 'Neues Passwort',
    repeatLabel: 'Neues Passwort wiederholen',
    hint: 'Mindestens 12 Zeichen. Eine Änderung meldet Sie überall sonst ab.',
    submit: 'Passwort ändern',
  },
  pt: {
    current: 'Introduza a sua palavra-passe atual.',
    short: 'Use pelo menos 12 caracteres.',
    mismatch: 'As duas novas palavras-passe não coincidem.',
    correct: 'Corrija os campos assinalados abaixo.',
    changing: 'A alterar a palavra-passe…',
    changed: 'A sua palavra-passe foi alterada. Em qualquer outro lugar onde tinha sessão iniciada, a sessão foi terminada.',
    email: 'Email',
    role: 'Função',
    sites: 'Sites',
    heading: 'Alterar a palavra-passe',
    currentLabel: 'Palavra-passe atual',
    newLabel: 'Nova palavra-passe',
    repeatLabel: 'Repita a nova palavra-passe',
    hint: 'Pelo menos 12 caracteres. Alterá-la termina a sessão em todos os outros lugares.',
    submit: 'Alterar palavra-passe',
  },
  pl: {
    current: 'Wpisz obecne hasło.',
    short: 'Użyj co najmniej 12 znaków.',
    mismatch: 'Nowe hasła nie są takie same.',
    correct: 'Popraw pola oznaczone poniżej.',
    changing: 'Zmiana hasła…',
    changed: 'Hasło zostało zmienione. Wszędzie indziej, gdzie byłeś zalogowany, zostałeś wylogowany.',
    email: 'E-mail',
    role: 'Rola',
    sites: 'Witryny',
    heading: 'Zmień hasło',
    currentLabel: 'Obecne hasło',
    newLabel: 'Nowe hasło',
    repeatLabel: 'Powtórz nowe hasło',
    hint: 'Co najmniej 12 znaków. Zmiana wylogowuje Cię wszędzie indziej.',
    submit: 'Zmień hasło',
  },
  nl: {
    current: 'Voer uw huidige wachtwoord in.',
    short: 'Gebruik minstens 12 tekens.',
    mismatch: 'De twee nieuwe wachtwoorden komen niet overeen.',
    correct: 'Verbeter de hieronder gemarkeerde velden.',
    changing: 'Wachtwoord wordt gewijzigd…',
    changed: 'Uw wachtwoord is gewijzigd. Overal waar u verder was aangemeld, bent u nu afgemeld.',
    email: 'E-mail',
    role: 'Rol',
    sites: 'Sites',
    heading: 'Uw wachtwoord wijzigen',
    currentLabel: 'Huidig wachtwoord',
    newLabel: 'Nieuw wachtwoord',
    repeatLabel: 'Herhaal het nieuwe wachtwoord',
    hint: 'Minstens 12 tekens. Wijzigen meldt u overal elders af.',
    submit: 'Wachtwoord wijzigen',
  },
} satisfies Text<Record<string, string>>;

const FIELDS = { current: 'a-current', password: 'a-password', repeat: 'a-repeat' };

export function Account({ me }: { me: Me }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const t = tr(T);

  const show = (next: FormErrors) => {
    setErrors(next);
    const first = Object.entries(FIELDS).find(([name]) => next.fields[name]);
    if (first) focusSoon(first[1]);
  };

  const submit = async (e: SubmitEvent) => {
    e.preventDefault();
    if (busy) return;
    setStatus('');
    const fields: Record<string, string> = {};
    if (!current) fields.current = t.current;
    if (password.length < 12) fields.password = t.short;
    else if (password !== repeat) fields.repeat = t.mismatch;
    if (Object.keys(fields).length) {
      return show({ summary: t.correct, fields });
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    setStatus(t.changing);
    try {
      const res = await api<{ ok: boolean; csrf: string }>('/auth/password', {
        method: 'POST',
        body: { current, password },
      });
      // The old session (and its token) ended with the change: every later write needs the new token.
      setCsrf(res.csrf);
      setCurrent('');
      setPassword('');
      setRepeat('');
      setStatus(t.changed);
    } catch (err) {
      setStatus('');
      show(formErrors(err));
    }
    setBusy(false);
  };

  return (
    <>
      <h1 tabIndex={-1}>{viewLabel('account')}</h1>
      <dl class="facts">
        <dt>{t.email}</dt>
        <dd>{me.email}</dd>
        <dt>{t.role}</dt>
        <dd>
          {ROLE_INFO[me.role].label}: <span class="muted">{ROLE_INFO[me.role].about}</span>
        </dd>
        <dt>{t.sites}</dt>
        <dd>{sitesText(me.sites)}</dd>
      </dl>
      <section class="panel" aria-labelledby="pw-h">
        <h2 id="pw-h">{t.heading}</h2>
        <form class="stack-form" onSubmit={submit} noValidate>
          <Field
            id={FIELDS.current}
            label={t.currentLabel}
            type="password"
            autoComplete="current-password"
            value={current}
            set={setCurrent}
            error={errors.fields.current}
          />
          <NewPasswordFields
            ids={[FIELDS.password, FIELDS.repeat]}
            labels={[t.newLabel, t.repeatLabel]}
            hint={t.hint}
            values={[password, repeat]}
            set={[setPassword, setRepeat]}
            errors={[errors.fields.password, errors.fields.repeat]}
          />
          <FormAlert errors={errors} />
          <button type="submit" aria-disabled={busy ? 'true' : undefined}>
            {t.submit}
          </button>
        </form>
        <p role="status" class="muted action-status">
          {status}
        </p>
      </section>
    </>
  );
}
