// Settings → People → Manage one person: role and sites, sign-in on or off, a new password, and
// removal behind a confirm step in the page (not window.confirm). Each change ends their sessions.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Me, SiteInfo, UserInfo } from '../../../../shared/api';
import { api, enc } from '../../lib/api';
import { Field } from '../../components/field';
import { RoleSelect, SitesPicker } from './person-fields';
import { ActionStatus, useAction } from '../../lib/use-action';
import { tr } from '../../lib/i18n';
import { T } from './person.text';

interface Props {
  person: UserInfo;
  sites: SiteInfo[];
  me: Me;
  /** After a change: fetch the list again. */
  changed(): void;
  removed(message: string): void;
  close(): void;
}

const patch = (id: string, body: object) => api(`/users/${enc(id)}`, { method: 'PATCH', body });

export function PersonEditor({ person, sites, me, changed, removed, close }: Props) {
  const t = tr(T);
  const head = useRef<HTMLHeadingElement>(null);
  useEffect(() => head.current?.focus(), []);
  const self = person.email === me.email;

  return (
    <section id="person-editor" class="person-editor" aria-labelledby="person-h">
      <div class="panel-head">
        <h3 id="person-h" tabIndex={-1} ref={head}>
          {t.manage(person.email)}
        </h3>
        <button type="button" class="secondary small" onClick={close}>
          {t.close}
        </button>
      </div>
      {self && (
        <p class="note">
          {t.self}
        </p>
      )}
      <Access person={person} sites={sites} changed={changed} />
      <SignIn person={person} changed={changed} />
      <NewPassword person={person} changed={changed} />
      <Remove person={person} removed={removed} />
    </section>
  );
}

function Access({ person, sites, changed }: { person: UserInfo; sites: SiteInfo[]; changed(): void }) {
  const t = tr(T);
  const action = useAction();
  const [role, setRole] = useState(person.role);
  const [grant, setGrant] = useState(person.sites);
  const [error, setError] = useState('');

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (grant && grant.length === 0) {
      setError(t.needSite);
      return action.fail(t.needSite);
    }
    setError('');
    const saved = await action.run(
      async () => (await patch(person.id, { role, sites: grant }), t.savedAccess),
    );
    if (saved) changed();
  };

  return (
    <form class="stack-form person-part" onSubmit={save} aria-labelledby="access-h">
      <h4 id="access-h">{t.access}</h4>
      <RoleSelect id="pe-role" value={role} onChange={setRole} />
      <SitesPicker id="pe-sites" sites={sites} value={grant} onChange={setGrant} error={error} />
      <button type="submit">{t.saveAccess}</button>
      <ActionStatus action={action} />
    </form>
  );
}

function SignIn({ person, changed }: { person: UserInfo; changed(): void }) {
  const t = tr(T);
  const action = useAction();
  const toggle = async () => {
    const disabled = !person.disabled;
    const done = disabled
      ? t.disabledDone(person.email)
      : t.enabledDone(person.email);
    if (await action.run(async () => (await patch(person.id, { disabled }), done))) changed();
  };
  return (
    <div class="person-part" role="group" aria-labelledby="signin-h">
      <h4 id="signin-h">{t.signIn}</h4>
      <p>
        {person.disabled
          ? t.isDisabled
          : t.isActive}
      </p>
      <button type="button" class="secondary" onClick={toggle}>
        {person.disabled ? t.enable : t.disable}
      </button>
      <ActionStatus action={action} />
    </div>
  );
}

function NewPassword({ person, changed }: { person: UserInfo; changed(): void }) {
  const t = tr(T);
  const action = useAction();
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (password.length < 12) {
      setError(t.short);
      return action.fail(t.tooShort);
    }
    setError('');
    const done = t.passwordSet(person.email);
    if (await action.run(async () => (await patch(person.id, { password }), done))) {
      setPassword('');
      changed();
    }
  };
  return (
    <form class="stack-form person-part" onSubmit={save} noValidate aria-labelledby="newpw-h">
      <h4 id="newpw-h">{t.newPassword}</h4>
      <Field
        id="pe-password"
        label={t.newPasswordFor(person.email)}
        type="password"
        autoComplete="new-password"
        minLength={12}
        hint={t.passwordHint}
        value={password}
        set={setPassword}
        error={error}
      />
      <button type="submit">{t.setPassword}</button>
      <ActionStatus action={action} />
    </form>
  );
}

function Remove({ person, removed }: { person: UserInfo; removed(message: string): void }) {
  const t = tr(T);
  const action = useAction();
  const [asking, setAsking] = useState(false);
  const ask = useRef<HTMLDivElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) ask.current?.focus();
  }, [asking]);

  const cancel = () => {
    setAsking(false);
    setTimeout(() => start.current?.focus(), 0);
  };
  const remove = async () => {
    const done = t.removed(person.email);
    const ok = await action.run(
      async () => (await api(`/users/${enc(person.id)}`, { method: 'DELETE' }), done),
    );
    if (ok) removed(done);
  };

  return (
    <div class="person-part" role="group" aria-labelledby="remove-h">
      <h4 id="remove-h">{t.remove}</h4>
      {asking ? (
        <div
          class="confirm"
          role="group"
          aria-labelledby="remove-q"
          tabIndex={-1}
          ref={ask}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              cancel();
            }
          }}
        >
          <p id="remove-q">
            {t.removeQ1} <strong>{person.email}</strong>
            {t.removeQ2}
          </p>
          <div class="form-end">
            <button type="button" class="danger" onClick={remove}>
              {t.yesRemove(person.email)}
            </button>
            <button type="button" class="secondary" onClick={cancel}>
              {t.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" ref={start} onClick={() => setAsking(true)}>
          {t.removeOne(person.email)}
        </button>
      )}
      <ActionStatus action={action} />
    </div>
  );
}
