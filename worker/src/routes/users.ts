// /api/v1/users — the people who may sign in (admins manage them).
import { Hono } from 'hono';
import { hashPassword } from '../../../shared/password';
import { NewUser } from '../../../shared/schemas';
import { insertUser, listUsers } from '../db/users';
import type { AppEnv } from '../env';
import { limitBody } from '../middleware/body';
import { ApiError } from '../middleware/errors';
import { mustBeAdmin, principal } from '../middleware/session';
import { parseJsonText, validate } from '../validate';

export const users = new Hono<AppEnv>();

users.get('/', async (c) => {
  mustBeAdmin(await principal(c));
  return c.json({ users: await listUsers(c.env.DB) });
});

users.post('/', limitBody(), async (c) => {
  mustBeAdmin(await principal(c));
  const body = validate(NewUser, parseJsonText(await c.req.text()), 'user');
  const created = await insertUser(c.env.DB, { id: crypto.randomUUID(), email: body.email, role: body.role, passwordHash: await hashPassword(body.password) });
  if (!created) throw new ApiError(409, 'user_exists', `There is already a user ${body.email}`);
  return c.json({ email: body.email, role: body.role }, 201);
});
