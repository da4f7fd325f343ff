// Failed sign-ins per account, known or not (keyed by a SHA-256 of the email, so the table says
// nothing about which accounts exist): after MAX_FAILURES in a row the account is locked for
// LOCK_MS, and every answer meanwhile is the same 429, whatever the password.
import { hashApiKey } from '../../../shared/keys';

export const MAX_FAILURES = 5;
export const LOCK_MS = 15 * 60_000;

const keyOf = (email: string) => hashApiKey(`login\n${email.toLowerCase()}`);

/** Milliseconds the account stays locked, or 0. */
export async function lockedFor(db: D1Database, email: string, now = Date.now()): Promise<number> {
  const row = await db.prepare('SELECT locked_until FROM login_failures WHERE key_hash = ?1').bind(await keyOf(email)).first<{ locked_until: number }>();
  return row && row.locked_until > now ? row.locked_until - now : 0;
}

/**
 * Counts a failure; the MAX_FAILURES-th in a row (failures older than LOCK_MS are forgotten) locks
 * the account. Returns the lock's length in ms, or 0. Old rows are pruned on the way.
 */
export async function recordFailure(db: D1Database, email: string, now = Date.now()): Promise<number> {
  const [, row] = await db.batch<{ locked_until: number }>([
    db.prepare('DELETE FROM login_failures WHERE last_at < ?1 AND locked_until < ?2').bind(now - LOCK_MS, now),
    db
      .prepare(
        `INSERT INTO login_failures (key_hash, failures, last_at, locked_until) VALUES (?1, 1, ?2, 0)
         ON CONFLICT (key_hash) DO UPDATE SET
           failures = CASE WHEN last_at < ?2 - ?4 THEN 1 ELSE failures + 1 END,
           last_at = ?2,
           locked_until = CASE WHEN (CASE WHEN last_at < ?2 - ?4 THEN 1 ELSE failures + 1 END) % ?3 = 0 THEN ?2 + ?4 ELSE locked_until END
         RETURNING locked_until`,
      )
      .bind(await keyOf(email), now, MAX_FAILURES, LOCK_MS),
  ]);
  const until = row!.results[0]?.locked_until ?? 0;
  return until > now ? until - now : 0;
}

/** A successful sign-in forgets the account's failures. */
export async function clearFailures(db: D1Database, email: string): Promise<void> {
  await db.prepare('DELETE FROM login_failures WHERE key_hash = ?1').bind(await keyOf(email)).run();
}
