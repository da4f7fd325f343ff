// /api/v1/auth — first-run admin, sign-in and sign-out for the dashboard.
import { Hono } from 'hono';
import * as v from 'valibot';
import type { AuthState } from '../../../shared/api';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../../../shared/password';
import { Credentials, NewPassword } from '../../../shared/schemas';
import { countUsers, deleteSession, insertUser, userByEmail } from '../db/users';
import type { AppEnv } from '../env';
import { limitBody } from '../middleware/body';
import { ApiError } from '../middleware/errors';
import { currentSession, endSessionCookie, principal, startSession } from '../middleware/session';
import { parseJsonText, validate } from '../validate';

export const auth = new Hono<AppEnv>();

function sameOriginOnly(origin: string | undefined, url: string) {
  if (origin && origin !== new URL(url).origin) throw new ApiError(403, 'csrf', 'This request did not come from the dashboard');
}

auth.get('/state', async (c) => {
  c.header('Cache-Control', 'no-store');
  const s = await currentSession(c);
  const state: AuthState = {
    needsSetup: s ? false : (await countUsers(c.env.DB)) === 0,
    user: s ? { email: s.user.email, role: s.user.role } : null,
    csrf: s?.csrf ?? null,
  };
  return c.json(state);
});

auth.post('/setup', limitBody(), async (c) => {
  sameOriginOnly(c.req.header('origin'), c.req.url);
  const body = validate(Credentials, parseJsonText(await c.req.text()), 'account');
  validate(v.object({ password: NewPassword }), { password: body.password }, 'password');
  const id = crypto.randomUUID();
  const created = await insertUser(c.env.DB, { id, email: body.email, role: 'admin', passwordHash: await hashPassword(body.password) }, true);
  if (!created) throw new ApiError(409, 'already_set_up', 'The admin account exists already; sign in');
  await startSession(c, id);
  return c.json({ email: body.email, role: 'admin' }, 201);
});

auth.post('/login', limitBody(), async (c) => {
  sameOriginOnly(c.req.header('origin'), c.req.url);
  const body = validate(Credentials, parseJsonText(await c.req.text()), 'sign-in');
  const user = await userByEmail(c.env.DB, body.email);
  const ok = await verifyPassword(body.password, user?.passwordHash ?? DUMMY_HASH);
  if (!user || !ok) throw new ApiError(401, 'wrong_credentials', 'Wrong email or password');
  await startSession(c, user.id);
  return c.json({ email: user.email, role: user.role });
});

auth.post('/logout', async (c) => {
  await principal(c); // a signed-in person, with the CSRF token
  const s = await currentSession(c);
  if (s) await deleteSession(c.env.DB, s.idHash);
  endSessionCookie(c);
  return c.json({ ok: true });
});
