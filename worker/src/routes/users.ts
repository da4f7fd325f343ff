// /api/v1/users — the people who may sign in, managed by admins of every site: create with a role and
// sites, change role, sites or password, disable, remove. Every change ends that person's sessions,
// and the last enabled admin of every site cannot be removed, disabled, demoted or narrowed.
import { Hono, type Context } from 'hono';
import * as v from 'valibot';
import { hashPassword } from '../../../shared/password';
import { NewUser, UserPatch } from '../../../shared/schemas';
import { deleteUser, insertUser, isOwner, listUsers, otherOwnerExists, updateUser, userById } from '../db/users';
import type { AppEnv } from '../env';
import { limitBody } from '../middleware/body';
import { ApiError } from '../middleware/errors';
import { mustBeOwner, principal } from '../middleware/session';
import { parseJsonText, validate } from '../validate';

export const users = new Hono<AppEnv>();

users.use('*', async (c, next) => {
  mustBeOwner(await principal(c));
  await next();
});

/** Unknown sites in a grant are a 400, not a foreign-key failure. */
async function checkSites(c: Context<AppEnv>, sites: string[] | null | undefined): Promise<void> {
  if (!sites) return;
  const { results } = await c.env.DB.prepare('SELECT id FROM sites WHERE id IN (SELECT value FROM json_each(?1))')
    .bind(JSON.stringify(sites))
    .all<{ id: string }>();
  const known = new Set(results.map((r) => r.id));
  const unknown = sites.filter((s) => !known.has(s));
  if (unknown.length) throw new ApiError(400, 'invalid_request', `No such site: ${unknown.join(', ')}`, [{ path: 'sites', message: `No such site: ${unknown.join(', ')}` }]);
}

async function target(c: Context<AppEnv>) {
  const id = v.safeParse(v.pipe(v.string(), v.uuid()), c.req.param('id'));
  const user = id.success ? await userById(c.env.DB, id.output) : null;
  if (!user) throw new ApiError(404, 'not_found', 'No such user');
  return user;
}

const lastOwner = () =>
  new ApiError(409, 'last_admin', 'This is the last enabled admin of every site; make someone else one first, or Voce would have nobody to manage it');

users.get('/', async (c) => c.json({ users: await listUsers(c.env.DB) }));

users.post('/', limitBody(), async (c) => {
  const body = validate(NewUser, parseJsonText(await c.req.text()), 'user');
  await checkSites(c, body.sites);
  const created = await insertUser(c.env.DB, {
    id: crypto.randomUUID(),
    email: body.email,
    role: body.role,
    passwordHash: await hashPassword(body.password),
    sites: body.sites ?? null,
  });
  if (!created) throw new ApiError(409, 'user_exists', `There is already a user ${body.email}`);
  return c.json({ email: body.email, role: body.role, sites: body.sites ?? null }, 201);
});

users.patch('/:id', limitBody(), async (c) => {
  const user = await target(c);
  const patch = validate(UserPatch, parseJsonText(await c.req.text()), 'user change');
  await checkSites(c, patch.sites);
  const after = { role: patch.role ?? user.role, sites: patch.sites !== undefined ? patch.sites : user.sites, disabled: patch.disabled ?? user.disabled };
  if (isOwner(user) && !isOwner(after) && !(await otherOwnerExists(c.env.DB, user.id))) throw lastOwner();
  await updateUser(c.env.DB, user.id, {
    role: patch.role,
    sites: patch.sites,
    disabled: patch.disabled,
    passwordHash: patch.password ? await hashPassword(patch.password) : undefined,
  });
  const updated = (await userById(c.env.DB, user.id))!;
  return c.json({ id: updated.id, email: updated.email, role: updated.role, sites: updated.sites, disabled: updated.disabled });
});

users.delete('/:id', async (c) => {
  const user = await target(c);
  if (isOwner(user) && !(await otherOwnerExists(c.env.DB, user.id))) throw lastOwner();
  await deleteUser(c.env.DB, user.id);
  return c.json({ deleted: true });
});
