// "Your account", for everyone signed in: who you are, what you may see, and changing your own
// password (which ends your other sessions and gives this one a new CSRF token).
import { useState } from 'preact/hooks';
import type { Me } from '../../../../shared/api';
import { ROLE_INFO, sitesText } from '../../lib/access';
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

const FIELDS = { current: 'a-current', password: 'a-password', repeat: 'a-repeat' };

export function Account({ me }: { me: Me }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);

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
    if (!current) fields.current = 'Enter your current password.';
    if (password.length < 12) fields.password = 'Use at least 12 characters.';
    else if (password !== repeat) fields.repeat = 'The two new passwords do not match.';
    if (Object.keys(fields).length) {
      return show({ summary: 'Please correct the fields marked below.', fields });
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    setStatus('Changing your password…');
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
      setStatus('Your password is changed. Anywhere else you were signed in, you are now signed out.');
    } catch (err) {
      setStatus('');
      show(formErrors(err));
    }
    setBusy(false);
  };

  return (
    <>
      <h1 tabIndex={-1}>Your account</h1>
      <dl class="facts">
        <dt>Email</dt>
        <dd>{me.email}</dd>
        <dt>Role</dt>
        <dd>
          {ROLE_INFO[me.role].label}: <span class="muted">{ROLE_INFO[me.role].about}</span>
        </dd>
        <dt>Sites</dt>
        <dd>{sitesText(me.sites)}</dd>
      </dl>
      <section class="panel" aria-labelledby="pw-h">
        <h2 id="pw-h">Change your password</h2>
        <form class="stack-form" onSubmit={submit} noValidate>
          <Field
            id={FIELDS.current}
            label="Current password"
            type="password"
            autoComplete="current-password"
            value={current}
            set={setCurrent}
            error={errors.fields.current}
          />
          <NewPasswordFields
            ids={[FIELDS.password, FIELDS.repeat]}
            labels={['New password', 'Repeat the new password']}
            hint="At least 12 characters. Changing it signs you out everywhere else."
            values={[password, repeat]}
            set={[setPassword, setRepeat]}
            errors={[errors.fields.password, errors.fields.repeat]}
          />
          <FormAlert errors={errors} />
          <button type="submit" aria-disabled={busy ? 'true' : undefined}>
            Change password
          </button>
        </form>
        <p role="status" class="muted action-status">
          {status}
        </p>
      </section>
    </>
  );
}
