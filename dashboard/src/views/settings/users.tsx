// Settings → People (admins of every site): everyone who may sign in, with role, sites and status;
// "Manage" opens one person's controls (settings-person.tsx); and adding a person with a role and sites.
import { useRef, useState } from 'preact/hooks';
import type { Me, Role, SiteInfo, UserInfo } from '../../../../shared/api';
import { ROLE_INFO, sitesText } from '../../lib/access';
import { api } from '../../lib/api';
import { Field } from '../../components/field';
import { PersonEditor } from './person';
import { RoleRadios, SitesPicker } from './person-fields';
import { useApi } from '../../lib/use-api';
import { ActionStatus, useAction } from '../../lib/use-action';
import { ErrorNote, Loading, TableWrap } from '../../components/ui';
import { tr } from '../../lib/i18n';
import { T } from './users.text';

export function SettingsPeople({ sites, me }: { sites: SiteInfo[]; me: Me }) {
  const t = tr(T);
  const res = useApi<{ users: UserInfo[] }>('/users');
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const title = useRef<HTMLHeadingElement>(null);
  const people = res.data?.users ?? [];
  const person = people.find((u) => u.id === open);

  const close = () => {
    const id = open;
    setOpen(null);
    setTimeout(() => document.getElementById(`manage-${id}`)?.focus(), 0);
  };

  return (
    <section class="panel" aria-labelledby="people-h">
      <h2 id="people-h" tabIndex={-1} ref={title}>
        {t.title}
      </h2>
      <p class="muted">{t.about}</p>
      <p role="status" class="muted action-status">
        {notice}
      </p>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data && (
        <TableWrap label={t.table}>
          <table class="people">
            <caption class="sr-only">{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.sites}</th>
                <th scope="col">{t.status}</th>
                <th scope="col">
                  <span class="sr-only">{t.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {people.map((u) => (
                <tr key={u.id} class={u.disabled ? 'is-disabled' : undefined}>
                  <th scope="row">
                    {u.email}
                    {u.email === me.email && <span class="badge">{t.you}</span>}
                  </th>
                  <td data-label={t.role}>{ROLE_INFO[u.role].label}</td>
                  <td data-label={t.sites} class="wrap">
                    {sitesText(u.sites)}
                  </td>
                  <td data-label={t.status}>{u.disabled ? t.disabled : t.active}</td>
                  <td class="row-action">
                    <button
                      type="button"
                      id={`manage-${u.id}`}
                      class="secondary small"
                      aria-expanded={open === u.id ? 'true' : 'false'}
                      aria-controls={open === u.id ? 'person-editor' : undefined}
                      aria-label={t.manageOne(u.email)}
                      onClick={() => {
                        setNotice('');
                        setOpen(open === u.id ? null : u.id);
                      }}
                    >
                      {t.manage}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {person && (
        <PersonEditor
          key={person.id}
          person={person}
          sites={sites}
          me={me}
          changed={res.reload}
          close={close}
          removed={(message) => {
            setOpen(null);
            setNotice(message);
            res.reload();
            title.current?.focus();
          }}
        />
      )}
      {!res.error && <NewPerson sites={sites} added={res.reload} />}
    </section>
  );
}

function NewPerson({ sites, added }: { sites: SiteInfo[]; added(): void }) {
  const t = tr(T);
  const action = useAction();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [grant, setGrant] = useState<string[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    const found: Record<string, string> = {};
    if (!email.trim()) found.email = t.needEmail;
    if (password.length < 12) found.password = t.short;
    if (grant && grant.length === 0) found.sites = t.needSite;
    setErrors(found);
    if (Object.keys(found).length) return action.fail(t.correct);
    const who = email.trim();
    const ok = await action.run(async () => {
      await api('/users', { method: 'POST', body: { email: who, password, role, sites: grant } });
      return t.added(who, ROLE_INFO[role].label, grant);
    });
    if (ok) {
      setEmail('');
      setPassword('');
      setRole('viewer');
      setGrant(null);
      added();
    }
  };

  return (
    <form class="stack-form new-person" onSubmit={add} noValidate aria-labelledby="addperson-h">
      <h3 id="addperson-h">{t.addTitle}</h3>
      <Field
        id="np-email"
        label={t.email}
        type="email"
        autoComplete="off"
        value={email}
        set={setEmail}
        error={errors.email}
      />
      <Field
        id="np-password"
        label={t.password}
        type="password"
        autoComplete="new-password"
        minLength={12}
        hint={t.passwordHint}
        value={password}
        set={setPassword}
        error={errors.password}
      />
      <RoleRadios id="np" value={role} onChange={setRole} />
      <SitesPicker id="np-sites" sites={sites} value={grant} onChange={setGrant} error={errors.sites} />
      <button type="submit">{t.add}</button>
      <ActionStatus action={action} />
    </form>
  );
}
