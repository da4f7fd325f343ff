// Queries on people who sign in to the dashboard and their sessions.
import type { Role } from '../../../shared/api';

export interface User {
  id: string;
  email: string;
  role: Role;
  passwordHash: string;
}

export interface Session {
  user: { id: string; email: string; role: Role };
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
}

export async function countUsers(db: D1Database): Promise<number> {
  return (await db.prepare('SELECT count(*) AS n FROM users').first<{ n: number }>())!.n;
}

export async function userByEmail(db: D1Database, email: string): Promise<User | null> {
  const row = await db
    .prepare('SELECT id, email, role, password_hash FROM users WHERE email = ?1')
    .bind(email)
    .first<{ id: string; email: string; role: Role; password_hash: string }>();
  return row ? { id: row.id, email: row.email, role: row.role, passwordHash: row.password_hash } : null;
}

/** Inserts the user; with `onlyIfNone`, only while there is no user at all (first run). */
export async function insertUser(
  db: D1Database,
  u: { id: string; email: string; role: Role; passwordHash: string },
  onlyIfNone = false,
): Promise<boolean> {
  const sql = `INSERT INTO users (id, email, password_hash, role, created_at)
               SELECT ?1, ?2, ?3, ?4, ?5 WHERE ?6 = 0 OR NOT EXISTS (SELECT 1 FROM users)
               ON CONFLICT (email) DO NOTHING`;
  const r = await db.prepare(sql).bind(u.id, u.email, u.passwordHash, u.role, Date.now(), onlyIfNone ? 1 : 0).run();
  return r.meta.changes === 1;
}

export async function listUsers(db: D1Database) {
  const { results } = await db
    .prepare('SELECT email, role, created_at FROM users ORDER BY email')
    .all<{ email: string; role: Role; created_at: number }>();
  return results.map((r) => ({ email: r.email, role: r.role, createdAt: new Date(r.created_at).toISOString() }));
}

export async function insertSession(db: D1Database, idHash: string, userId: string, csrf: string, now: number) {
  await db
    .prepare('INSERT INTO sessions (id_hash, user_id, csrf, created_at, last_seen_at) VALUES (?1, ?2, ?3, ?4, ?4)')
    .bind(idHash, userId, csrf, now)
    .run();
}

export async function getSession(db: D1Database, idHash: string): Promise<Session | null> {
  const row = await db
    .prepare(
      `SELECT s.csrf, s.created_at, s.last_seen_at, u.id, u.email, u.role
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = ?1`,
    )
    .bind(idHash)
    .first<{ csrf: string; created_at: number; last_seen_at: number; id: string; email: string; role: Role }>();
  if (!row) return null;
  return { user: { id: row.id, email: row.email, role: row.role }, csrf: row.csrf, createdAt: row.created_at, lastSeenAt: row.last_seen_at };
}

export async function touchSession(db: D1Database, idHash: string, now: number) {
  await db.prepare('UPDATE sessions SET last_seen_at = ?2 WHERE id_hash = ?1').bind(idHash, now).run();
}

export async function deleteSession(db: D1Database, idHash: string) {
  await db.prepare('DELETE FROM sessions WHERE id_hash = ?1').bind(idHash).run();
}
