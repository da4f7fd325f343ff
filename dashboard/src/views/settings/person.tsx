// Settings → People → Manage one person: role and sites, sign-in on or off, a new password, and
// removal behind a confirm step in the page (not window.confirm). Each change ends their sessions.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Me, SiteInfo, UserInfo } from '../../../../shared/api';
import { api, enc } from '../../lib/api';
import { Field } from '../../components/field';
import { RoleSelect, SitesPicker } from './person-fields';
import { ActionStatus, useAction } from '../../lib/use-action';

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
  const head = useRef<HTMLHeadingElement>(null);
  useEffect(() => head.current?.focus(), []);
  const self = person.email === me.email;

  return (
    <section id="person-editor" class="person-editor" aria-labelledby="person-h">
      <div class="panel-head">
        <h3 id="person-h" tabIndex={-1} ref={head}>
          Manage {person.email}
        </h3>
        <button type="button" class="secondary small" onClick={close}>
          Close
        </button>
      </div>
      {self && (
        <p class="note">
          This is you. A change to your own access signs you out here, and you sign in again to continue.
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
  const action = useAction();
  const [role, setRole] = useState(person.role);
  const [grant, setGrant] = useState(person.sites);
  const [error, setError] = useState('');

  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (grant && grant.length === 0) {
      setError('Choose at least one site, or All sites.');
      return action.fail('Choose at least one site, or All sites.');
    }
    setError('');
    const saved = await action.run(
      async () => (await patch(person.id, { role, sites: grant }), 'Saved the role and sites.'),
    );
    if (saved) changed();
  };

  return (
    <form class="stack-form person-part" onSubmit={save} aria-labelledby="access-h">
      <h4 id="access-h">Role and sites</h4>
      <RoleSelect id="pe-role" value={role} onChange={setRole} />
      <SitesPicker id="pe-sites" sites={sites} value={grant} onChange={setGrant} error={error} />
      <button type="submit">Save role and sites</button>
      <ActionStatus action={action} />
    </form>
  );
}

function SignIn({ person, changed }: { person: UserInfo; changed(): void }) {
  const action = useAction();
  const toggle = async () => {
    const disabled = !person.disabled;
    const done = disabled
      ? `Disabled ${person.email}: they are signed out and cannot sign in.`
      : `Enabled ${person.email}: they can sign in again.`;
    if (await action.run(async () => (await patch(person.id, { disabled }), done))) changed();
  };
  return (
    <div class="person-part" role="group" aria-labelledby="signin-h">
      <h4 id="signin-h">Sign-in</h4>
      <p>
        {person.disabled
          ? 'Disabled: this person cannot sign in.'
          : 'Active. Disabling signs them out at once and keeps them from signing in, until enabled again.'}
      </p>
      <button type="button" class="secondary" onClick={toggle}>
        {person.disabled ? 'Enable sign-in' : 'Disable sign-in'}
      </button>
      <ActionStatus action={action} />
    </div>
  );
}

function NewPassword({ person, changed }: { person: UserInfo; changed(): void }) {
  const action = useAction();
  const [password, setPassword] = useState('');
  const [error, setError] = useState('');
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    if (password.length < 12) {
      setError('Use at least 12 characters.');
      return action.fail('The new password is too short.');
    }
    setError('');
    const done = `Set a new password for ${person.email}; they are signed out everywhere.`;
    if (await action.run(async () => (await patch(person.id, { password }), done))) {
      setPassword('');
      changed();
    }
  };
  return (
    <form class="stack-form person-part" onSubmit={save} noValidate aria-labelledby="newpw-h">
      <h4 id="newpw-h">New password</h4>
      <Field
        id="pe-password"
        label={`New password for ${person.email}`}
        type="password"
        autoComplete="new-password"
        minLength={12}
        hint="At least 12 characters. Tell them in person or by another channel than email."
        value={password}
        set={setPassword}
        error={error}
      />
      <button type="submit">Set password</button>
      <ActionStatus action={action} />
    </form>
  );
}

function Remove({ person, removed }: { person: UserInfo; removed(message: string): void }) {
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
    const done = `Removed ${person.email}.`;
    const ok = await action.run(
      async () => (await api(`/users/${enc(person.id)}`, { method: 'DELETE' }), done),
    );
    if (ok) removed(done);
  };

  return (
    <div class="person-part" role="group" aria-labelledby="remove-h">
      <h4 id="remove-h">Remove</h4>
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
            Remove <strong>{person.email}</strong> for good? Their account ends now; this cannot be undone.
          </p>
          <div class="form-end">
            <button type="button" class="danger" onClick={remove}>
              Yes, remove {person.email}
            </button>
            <button type="button" class="secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="secondary" ref={start} onClick={() => setAsking(true)}>
          Remove {person.email}…
        </button>
      )}
      <ActionStatus action={action} />
    </div>
  );
}
