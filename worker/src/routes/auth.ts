// /api/v1/auth — first-run admin (with the one-time setup code), sign-in with throttling, sign-out,
// and changing one's own password.
import { Hono, type Context } from 'hono';
import type { AuthState } from '../../../shared/api';
import { setupCodeHash } from '../../../shared/keys';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../../shared/password';
import { Credentials, PasswordChange, SetupBody } from '../../../shared/schemas';
import { clearFailures, lockedFor, recordFailure } from '../db/login-failures';
import { countUsers, deleteSession, insertFirstAdmin, updateUser, userByEmail, userById } from '../db/users';
import type { AppEnv } from '../env';
import { limitBody } from '../middleware/body';
import { isSameOrigin } from '../middleware/cors';
import { ApiError } from '../middleware/errors';
import { limitSignIn, tooMany } from '../middleware/rate-limit';
import { currentSession, endSessionCookie, principal, startSession } from '../middleware/session';
import { parseJsonText, validate } from '../validate';

export const auth = new Hono<AppEnv>();

function sameOriginOnly(c: Context<AppEnv>) {
  const origin = c.req.header('origin');
  if (origin && !isSameOrigin(c, origin)) throw new ApiError(403, 'csrf', 'This request did not come from the dashboard');
}

const wrongCredentials = () => new ApiError(401, 'wrong_credentials', 'Wrong email or password');

auth.get('/state', async (c) => {
  const s = await currentSession(c);
  const state: AuthState = {
    needsSetup: s ? false : (await countUsers(c.env.DB)) === 0,
    user: s ? { email: s.user.email, role: s.user.role, sites: s.user.sites } : null,
    csrf: s?.csrf ?? null,
  };
  return c.json(state);
});

/** The first admin: needs the setup code that `npm run deploy` / `npm run admin -- setup-code` printed. */
auth.post('/setup', limitBody(), async (c) => {
  sameOriginOnly(c);
  await limitSignIn(c);
  const body = validate(SetupBody, parseJsonText(await c.req.text()), 'account');
  if (!body.setupCode) throw (await countUsers(c.env.DB)) > 0 ? alreadySetUp() : badSetupCode();
  const id = crypto.randomUUID();
  const outcome = await insertFirstAdmin(
    c.env.DB,
    { id, email: body.email, passwordHash: await hashPassword(body.password) },
    await setupCodeHash(body.setupCode),
  );
  if (outcome === 'exists') throw alreadySetUp();
  if (outcome === 'bad_code') throw badSetupCode();
  await startSession(c, id);
  return c.json({ email: body.email, role: 'admin', sites: null }, 201);
});

const alreadySetUp = () => new ApiError(409, 'already_set_up', 'The admin account exists already; sign in');

function badSetupCode() {
  return new ApiError(403, 'setup_code', 'Enter the setup code printed by "npm start", "npm run deploy" or "npm run admin -- setup-code --remote" (it works once, for 24 hours)', [
    { path: 'setupCode', message: 'Not a valid setup code' },
  ]);
}

/**
 * Sign-in. Per client: a few attempts a minute. Per account (known or not, so the answer never tells
 * which emails exist): locked for a while after repeated failures, before any password is checked.
 */
auth.post('/login', limitBody(), async (c) => {
  sameOriginOnly(c);
  await limitSignIn(c);
  const body = validate(Credentials, parseJsonText(await c.req.text()), 'sign-in');
  const locked = await lockedFor(c.env.DB, body.email);
  if (locked) throw tooMany(locked / 1000);
  const user = await userByEmail(c.env.DB, body.email);
  const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok || user.disabled) {
    // The failure that locks the account still answers 401; the attempts after it get 429.
    await recordFailure(c.env.DB, body.email);
    throw wrongCredentials();
  }
  await clearFailures(c.env.DB, body.email);
  await startSession(c, user.id);
  return c.json({ email: user.email, role: user.role, sites: user.sites });
});

auth.post('/logout', async (c) => {
  await principal(c); // a signed-in person, with the CSRF token
  const s = await currentSession(c);
  if (s?.idHash) await deleteSession(c.env.DB, s.idHash);
  endSessionCookie(c);
  return c.json({ ok: true });
});

/** One's own password, with the current one: every session of the person ends, this browser gets a new one. */
auth.post('/password', limitBody(), async (c) => {
  const p = await principal(c);
  if (p.kind !== 'user') throw new ApiError(403, 'forbidden', 'Only a signed-in person has a password');
  await limitSignIn(c);
  const body = validate(PasswordChange, parseJsonText(await c.req.text()), 'password change');
  const user = await userById(c.env.DB, p.id);
  if (!user || !(await verifyPassword(body.current, user.passwordHash))) {
    throw new ApiError(403, 'wrong_password', 'Your current password is not right', [{ path: 'current', message: 'Not your current password' }]);
  }
  await updateUser(c.env.DB, user.id, { passwordHash: await hashPassword(body.password) });
  const csrf = await startSession(c, user.id);
  return c.json({ ok: true, csrf });
});
