// Queries on people who sign in to the dashboard, the sites they may see, and their sessions.
// Every change to a person (role, sites, disabled, password, removal) ends all of their sessions.
import type { Me, Person, Role, UserInfo } from '../../../shared/api';
export { isOwner } from '../../../shared/api';

export interface User extends Me {
  id: string;
  passwordHash: string;
  disabled: boolean;
}

export interface Session {
  user: Me & { id: string };
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
}

interface UserRow {
  id: string;
  email: string;
  role: Role;
  password_hash: string;
  all_sites: number;
  disabled_at: number | null;
  created_at: number;
  /** JSON array of site ids from user_sites. */
  sites: string;
}

const SELECT_USER = `SELECT u.id, u.email, u.role, u.password_hash, u.all_sites, u.disabled_at, u.created_at,
  (SELECT json_group_array(site_id) FROM user_sites WHERE user_id = u.id) AS sites FROM users u`;

function toUser(r: UserRow): User {
  return {
    id: r.id,
    email: r.email,
    role: r.role,
    passwordHash: r.password_hash,
    sites: r.all_sites ? null : (JSON.parse(r.sites) as string[]).sort(),
    disabled: r.disabled_at !== null,
  };
}

export async function countUsers(db: D1Database): Promise<number> {
  return (await db.prepare('SELECT count(*) AS n FROM users').first<{ n: number }>())!.n;
}

export async function userByEmail(db: D1Database, email: string): Promise<User | null> {
  const row = await db.prepare(`${SELECT_USER} WHERE u.email = ?1`).bind(email).first<UserRow>();
  return row ? toUser(row) : null;
}

export async function userById(db: D1Database, id: string): Promise<User | null> {
  const row = await db.prepare(`${SELECT_USER} WHERE u.id = ?1`).bind(id).first<UserRow>();
  return row ? toUser(row) : null;
}

export interface NewUserRow {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
  /** null: every site. */
  sites: string[] | null;
}

function siteGrants(db: D1Database, userId: string, sites: string[] | null): D1PreparedStatement[] {
  return [
    db.prepare('DELETE FROM user_sites WHERE user_id = ?1').bind(userId),
    ...(sites ?? []).map((s) => db.prepare('INSERT OR IGNORE INTO user_sites (user_id, site_id) VALUES (?1, ?2)').bind(userId, s)),
  ];
}

/** Inserts the user with their site grants; false when the email is taken. */
export async function insertUser(db: D1Database, u: NewUserRow): Promise<boolean> {
  const [insert] = await db.batch([
    db
      .prepare(
        `INSERT INTO users (id, email, password_hash, role, all_sites, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
         ON CONFLICT (email) DO NOTHING`,
      )
      .bind(u.id, u.email, u.passwordHash, u.role, u.sites ? 0 : 1, Date.now()),
    ...(u.sites ?? []).map((s) =>
      db.prepare('INSERT OR IGNORE INTO user_sites (user_id, site_id) SELECT ?1, ?2 WHERE EXISTS (SELECT 1 FROM users WHERE id = ?1)').bind(u.id, s),
    ),
  ]);
  return insert!.meta.changes === 1;
}

/**
 * The first admin, only while nobody exists and only with a live setup code (its SHA-256), in one
 * transaction that also spends every code: arriving first is not enough.
 */
export async function insertFirstAdmin(db: D1Database, u: Omit<NewUserRow, 'role' | 'sites'>, codeHash: string): Promise<'created' | 'exists' | 'bad_code'> {
  const now = Date.now();
  const [insert] = await db.batch([
    db
      .prepare(
        `INSERT INTO users (id, email, password_hash, role, all_sites, created_at)
         SELECT ?1, ?2, ?3, 'admin', 1, ?4
          WHERE NOT EXISTS (SELECT 1 FROM users)
            AND EXISTS (SELECT 1 FROM setup_codes WHERE code_hash = ?5 AND expires_at > ?4)`,
      )
      .bind(u.id, u.email, u.passwordHash, now, codeHash),
    db.prepare('DELETE FROM setup_codes WHERE EXISTS (SELECT 1 FROM users)'),
  ]);
  if (insert!.meta.changes === 1) return 'created';
  return (await countUsers(db)) > 0 ? 'exists' : 'bad_code';
}

export async function listUsers(db: D1Database): Promise<UserInfo[]> {
  const { results } = await db.prepare(`${SELECT_USER} ORDER BY u.email`).all<UserRow>();
  return results.map((r) => {
    const u = toUser(r);
    return { id: u.id, email: u.email, role: u.role, sites: u.sites, disabled: u.disabled, createdAt: new Date(r.created_at).toISOString() };
  });
}

/** Whether another enabled admin of every site would remain without `userId`. */
export async function otherOwnerExists(db: D1Database, userId: string): Promise<boolean> {
  const row = await db
    .prepare("SELECT 1 AS ok FROM users WHERE id != ?1 AND role = 'admin' AND all_sites = 1 AND disabled_at IS NULL LIMIT 1")
    .bind(userId)
    .first();
  return row !== null;
}

export interface UserChange {
  role?: Role;
  sites?: string[] | null;
  disabled?: boolean;
  passwordHash?: string;
}

/** Applies a change and ends every session of the person, in one transaction. */
export async function updateUser(db: D1Database, id: string, change: UserChange): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown) => {
    params.push(value);
    sets.push(`${column} = ?${params.length}`);
  };
  if (change.role !== undefined) set('role', change.role);
  if (change.sites !== undefined) set('all_sites', change.sites ? 0 : 1);
  if (change.disabled !== undefined) set('disabled_at', change.disabled ? Date.now() : null);
  if (change.passwordHash !== undefined) set('password_hash', change.passwordHash);
  await db.batch([
    ...(sets.length ? [db.prepare(`UPDATE users SET ${sets.join(', ')} WHERE id = ?1`).bind(...params)] : []),
    ...(change.sites !== undefined ? siteGrants(db, id, change.sites) : []),
    endSessionsStatement(db, id),
  ]);
}

/** Removes a person; their sessions and grants go with them (ON DELETE CASCADE). */
export async function deleteUser(db: D1Database, id: string): Promise<boolean> {
  const r = await db.prepare('DELETE FROM users WHERE id = ?1').bind(id).run();
  return r.meta.changes === 1;
}

export function endSessionsStatement(db: D1Database, userId: string): D1PreparedStatement {
  return db.prepare('DELETE FROM sessions WHERE user_id = ?1').bind(userId);
}

export async function insertSession(db: D1Database, idHash: string, userId: string, csrf: string, now: number) {
  await db
    .prepare('INSERT INTO sessions (id_hash, user_id, csrf, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?4)')
    .bind(idHash, userId, csrf, now)
    .run();
}

/** A session of an enabled person, with what they may see now (grants are read on every request). */
export async function getSession(db: D1Database, idHash: string): Promise<Session | null> {
  const row = await db
    .prepare(
      `SELECT s.csrf, s.created_at AS s_created, s.last_seen_at, x.* FROM sessions s
         JOIN (${SELECT_USER}) x ON x.id = s.user_id
        WHERE s.id_hash = ?1 AND x.disabled_at IS NULL`,
    )
    .bind(idHash)
    .first<UserRow & { csrf: string; s_created: number; last_seen_at: number }>();
  if (!row) return null;
  const u = toUser(row);
  return { user: { id: u.id, email: u.email, role: u.role, sites: u.sites }, csrf: row.csrf, createdAt: row.s_created, lastSeenAt: row.last_seen_at };
}

export async function touchSession(db: D1Database, idHash: string, now: number) {
  await db.prepare('UPDATE sessions SET last_seen_at = ?2 WHERE id_hash = ?1').bind(idHash, now).run();
}

export async function deleteSession(db: D1Database, idHash: string) {
  await db.prepare('DELETE FROM sessions WHERE id_hash = ?1').bind(idHash).run();
}

/** Who may work a site's follow-up inbox: enabled admins and responders of every site or of this one. */
export async function sitePeople(db: D1Database, site: string): Promise<Person[]> {
  const { results } = await db
    .prepare(
      `SELECT u.id, u.email, u.role FROM users u
        WHERE u.role IN ('admin', 'responder') AND u.disabled_at IS NULL
          AND (u.all_sites = 1 OR EXISTS (SELECT 1 FROM user_sites g WHERE g.user_id = u.id AND g.site_id = ?1))
        ORDER BY u.email`,
    )
    .bind(site)
    .all<Person>();
  return results;
}
