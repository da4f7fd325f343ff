// Settings: who may sign in to the dashboard, and adding a user (admin or read-only viewer).
import { useState } from 'preact/hooks';
import type { Role } from '../../shared/api';
import { api } from './api';
import { fmtTime } from './dates';
import { useApi } from './use-api';
import { ErrorNote, Loading, TableWrap } from './ui';
import { ActionStatus, useAction } from './use-action';

interface User {
  email: string;
  role: Role;
  createdAt: string;
}

export function SettingsUsers() {
  const res = useApi<{ users: User[] }>('/users');
  const action = useAction();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const short = password.length > 0 && password.length < 12;

  const add = async (e: SubmitEvent) => {
    e.preventDefault();
    if (password.length < 12) return;
    const ok = await action.run(async () => {
      await api('/users', { method: 'POST', body: { email: email.trim(), password, role } });
      return `Added ${email.trim()} as ${role}.`;
    });
    if (ok) {
      setEmail('');
      setPassword('');
      res.reload();
    }
  };

  return (
    <section class="panel" aria-labelledby="users-h">
      <h2 id="users-h">Users</h2>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {res.data && (
        <TableWrap label="Users table">
          <table>
            <caption class="sr-only">Users of the dashboard</caption>
            <thead>
              <tr>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Added</th>
              </tr>
            </thead>
            <tbody>
              {res.data.users.map((u) => (
                <tr key={u.email}>
                  <th scope="row">{u.email}</th>
                  <td>{u.role === 'admin' ? 'Admin' : 'Viewer (read-only)'}</td>
                  <td>{fmtTime(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
      {!res.error?.notBuilt && (
        <form class="inline-form" onSubmit={add} aria-labelledby="adduser-h">
          <h3 id="adduser-h" class="full">
            Add a user
          </h3>
          <div class="field">
            <label for="u-email">Email</label>
            <input
              id="u-email"
              type="email"
              required
              autoComplete="off"
              value={email}
              onInput={(e) => setEmail(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="u-password">Password (at least 12 characters)</label>
            <input
              id="u-password"
              type="password"
              required
              minLength={12}
              autoComplete="new-password"
              aria-invalid={short ? 'true' : undefined}
              value={password}
              onInput={(e) => setPassword(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="u-role">Role</label>
            <select id="u-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
              <option value="viewer">Viewer (read-only)</option>
              <option value="admin">Admin</option>
            </select>
          </div>
          <button type="submit">Add user</button>
        </form>
      )}
      <ActionStatus action={action} />
    </section>
  );
}
