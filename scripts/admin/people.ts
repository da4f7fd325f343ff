// People commands: create users with a role and sites, change them (role, sites, password), disable,
// enable or remove them — every change ends their sessions — and the first admin's one-time setup code.
import { randomBytes, randomUUID } from 'node:crypto';
import * as v from 'valibot';
import { newSetupCode, setupCodeHash } from '../../shared/keys';
import { hashPassword } from '../../shared/password';
import { NewPassword, NewUser, RoleName, Slug } from '../../shared/schemas';
import { CommandError, d1Query, sqlLiteral, type Target } from '../lib/wrangler';
import { parse, requireSite, type Command } from './args';

/** How long a setup code works. */
export const SETUP_CODE_MS = 86400_000;

interface UserRow {
  id: string;
  role: string;
  all_sites: number;
  disabled_at: number | null;
}

function findUser(email: string | undefined, t: Target): UserRow & { email: string } {
  const e = parse(v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email('Must be an email address')), email, 'Email');
  const row = d1Query<UserRow>(`SELECT id, role, all_sites, disabled_at FROM users WHERE email = ${sqlLiteral(e)}`, t)[0];
  if (!row) throw new CommandError(`There is no user ${e}. Create one with: npm run admin -- user create ${e} --role viewer`);
  return { ...row, email: e };
}

/** --site a --site b (each must exist), or none / --all-sites for every site. */
function sitesOf(flags: Map<string, string[]>, t: Target): string[] | null | undefined {
  if (flags.has('all-sites')) return null;
  const sites = flags.get('site')?.map((s) => parse(Slug, s, 'Site'));
  sites?.forEach((s) => requireSite(s, t));
  return sites;
}

const grants = (id: string, sites: string[]) => sites.map((s) => `INSERT OR IGNORE INTO user_sites (user_id, site_id) VALUES (${sqlLiteral(id)}, ${sqlLiteral(s)})`);
const endSessions = (id: string) => `DELETE FROM sessions WHERE user_id = ${sqlLiteral(id)}`;

/** Refuses to leave Voce without an enabled admin of every site. */
function keepAnOwner(u: UserRow, after: { role: string; allSites: boolean; disabled: boolean } | null, t: Target): void {
  const isOwner = u.role === 'admin' && u.all_sites === 1 && u.disabled_at === null;
  const stays = after && after.role === 'admin' && after.allSites && !after.disabled;
  if (!isOwner || stays) return;
  const others = d1Query(`SELECT 1 AS ok FROM users WHERE id != ${sqlLiteral(u.id)} AND role = 'admin' AND all_sites = 1 AND disabled_at IS NULL LIMIT 1`, t);
  if (others.length === 0) throw new CommandError('This is the last enabled admin of every site; make someone else one first (user create … --role admin).');
}

export async function userCreate({ rest, flags, target, print, now }: Command): Promise<void> {
  const given = flags.get('password')?.[0];
  // Without --password, a random one, printed once (passwords in shell history are worse).
  const password = given ?? randomBytes(12).toString('base64url');
  const user = parse(NewUser, { email: rest[0], password, role: flags.get('role')?.[0] }, 'User');
  const sites = sitesOf(flags, target) ?? null;
  if (d1Query(`SELECT id FROM users WHERE email = ${sqlLiteral(user.email)}`, target).length > 0) {
    throw new CommandError(`There is already a user ${user.email}`);
  }
  const id = randomUUID();
  d1Query(
    [
      `INSERT INTO users (id, email, password_hash, role, all_sites, created_at) VALUES (${sqlLiteral(id)}, ${sqlLiteral(user.email)}, ${sqlLiteral(await hashPassword(user.password))}, ${sqlLiteral(user.role)}, ${sites ? 0 : 1}, ${now})`,
      ...grants(id, sites ?? []),
    ].join(';\n'),
    target,
  );
  const where = sites ? `site${sites.length > 1 ? 's' : ''} ${sites.join(', ')}` : 'every site';
  print(`Created ${user.role} ${user.email} of ${where}${given ? '' : ` with the password (shown only this once):\n\n  ${password}\n`}`);
}

/** `user set <email> [--role …] [--site … | --all-sites] [--password …]` */
export async function userSet({ rest, flags, target, print }: Command): Promise<void> {
  const u = findUser(rest[0], target);
  const role = flags.get('role')?.[0];
  if (role !== undefined) parse(RoleName, role, 'Role');
  const sites = sitesOf(flags, target);
  const password = flags.get('password')?.[0];
  if (role === undefined && sites === undefined && password === undefined) {
    throw new CommandError('Say what to change: --role admin|responder|viewer, --site <site> (repeatable) or --all-sites, --password <new password>');
  }
  keepAnOwner(u, { role: role ?? u.role, allSites: sites === undefined ? u.all_sites === 1 : sites === null, disabled: u.disabled_at !== null }, target);
  const sets = [
    ...(role ? [`role = ${sqlLiteral(role)}`] : []),
    ...(sites !== undefined ? [`all_sites = ${sites ? 0 : 1}`] : []),
    ...(password !== undefined ? [`password_hash = ${sqlLiteral(await hashPassword(parse(NewPassword, password, 'Password')))}`] : []),
  ];
  d1Query(
    [
      `UPDATE users SET ${sets.join(', ')} WHERE id = ${sqlLiteral(u.id)}`,
      ...(sites !== undefined ? [`DELETE FROM user_sites WHERE user_id = ${sqlLiteral(u.id)}`, ...grants(u.id, sites ?? [])] : []),
      endSessions(u.id),
    ].join(';\n'),
    target,
  );
  print(`Changed ${u.email}; their sessions have ended.`);
}

export function userDisable({ rest, target, print, now }: Command, disable: boolean): void {
  const u = findUser(rest[0], target);
  if (disable) keepAnOwner(u, { role: u.role, allSites: u.all_sites === 1, disabled: true }, target);
  d1Query([`UPDATE users SET disabled_at = ${disable ? now : 'NULL'} WHERE id = ${sqlLiteral(u.id)}`, endSessions(u.id)].join(';\n'), target);
  print(disable ? `Disabled ${u.email}: signed out everywhere, and cannot sign in until enabled again.` : `Enabled ${u.email}.`);
}

export function userRemove({ rest, target, print }: Command): void {
  const u = findUser(rest[0], target);
  keepAnOwner(u, null, target);
  d1Query([endSessions(u.id), `DELETE FROM user_sites WHERE user_id = ${sqlLiteral(u.id)}`, `DELETE FROM users WHERE id = ${sqlLiteral(u.id)}`].join(';\n'), target);
  print(`Removed ${u.email}; their sessions have ended.`);
}

/**
 * A one-time code for creating the first admin in the dashboard, valid for a day; only its hash is
 * stored, and a new code replaces any earlier one. Refused once someone has set Voce up.
 */
export async function setupCode({ target, print, now }: Command): Promise<string> {
  if ((d1Query<{ n: number }>('SELECT count(*) AS n FROM users', target)[0]?.n ?? 0) > 0) {
    throw new CommandError('Voce is set up already: sign in, or ask an admin to add you (npm run admin -- user create <email> --role …).');
  }
  const code = newSetupCode();
  d1Query(
    ['DELETE FROM setup_codes', `INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (${sqlLiteral(await setupCodeHash(code))}, ${now}, ${now + SETUP_CODE_MS})`].join(
      ';\n',
    ),
    target,
  );
  print(`Setup code for the first admin (works once, for 24 hours): ${code}`);
  return code;
}
