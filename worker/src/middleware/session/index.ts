// Who is calling the dashboard API: a signed-in person (session cookie) or an integration (site API
// key). Sessions end after 8 idle hours or 7 days at most; every state-changing request made with the
// cookie must carry the session's CSRF token and come from this origin.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Role } from '../../../../shared/api';
import { hashApiKey } from '../../../../shared/keys';
import { getSession, insertSession, touchSession } from '../../db/users';
import type { AppEnv } from '../../env';
import { apiKeySite } from '../auth';
import { ApiError } from '../errors';

export const IDLE_MS = 8 * 3600_000;
export const ABSOLUTE_MS = 7 * 86400_000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_MS = 5 * 60_000;

export type Principal =
  | { kind: 'user'; id: string; email: string; role: Role; csrf: string }
  | { kind: 'key'; site: string };

const secure = (c: Context) => new URL(c.req.url).protocol === 'https:';
/** `__Host-` needs Secure, which plain-http local development cannot set. */
export const cookieName = (c: Context) => (secure(c) ? '__Host-voce_session' : 'voce_session');

const randomToken = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export async function startSession(c: Context<AppEnv>, userId: string): Promise<string> {
  const value = randomToken();
  const csrf = randomToken();
  await insertSession(c.env.DB, await hashApiKey(value), userId, csrf, Date.now());
  setCookie(c, cookieName(c), value, {
    path: '/',
    httpOnly: true,
    secure: secure(c),
    sameSite: 'Lax',
    maxAge: ABSOLUTE_MS / 1000,
  });
  return csrf;
}

export function endSessionCookie(c: Context): void {
  deleteCookie(c, cookieName(c), { path: '/', secure: secure(c) });
}

/** The session of this request, if its cookie names a live one. */
export async function currentSession(c: Context<AppEnv>) {
  const value = getCookie(c, cookieName(c));
  if (!value || value.length > 100) return null;
  const idHash = await hashApiKey(value);
  const s = await getSession(c.env.DB, idHash);
  if (!s) return null;
  const now = Date.now();
  if (now - s.lastSeenAt > IDLE_MS || now - s.createdAt > ABSOLUTE_MS) return null;
  if (now - s.lastSeenAt > TOUCH_MS) await touchSession(c.env.DB, idHash, now);
  return { ...s, idHash };
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** 401 without a session or key; 403 for a cookie write without this origin and the CSRF token. */
export async function principal(c: Context<AppEnv>): Promise<Principal> {
  if (c.req.header('authorization')) return { kind: 'key', site: await apiKeySite(c) };
  const s = await currentSession(c);
  if (!s) throw new ApiError(401, 'unauthorized', 'Sign in, or send an API key as "Authorization: Bearer <key>"');
  if (WRITES.has(c.req.method)) {
    const origin = c.req.header('origin');
    const token = c.req.header('x-csrf-token');
    if ((origin && origin !== new URL(c.req.url).origin) || token !== s.csrf) {
      throw new ApiError(403, 'csrf', 'This request did not come from the dashboard');
    }
  }
  return { kind: 'user', id: s.user.id, email: s.user.email, role: s.user.role, csrf: s.csrf };
}

/** Reading a site's data: any signed-in person, or a key of that site. */
export function canRead(p: Principal, site: string): void {
  if (p.kind === 'key' && p.site !== site) throw new ApiError(403, 'forbidden', "This key belongs to another site's data");
}

/** Changing things: admins; a key may erase its own site's data but not change settings. */
export function mustBeAdmin(p: Principal): void {
  if (p.kind !== 'user' || p.role !== 'admin') throw new ApiError(403, 'forbidden', 'Only an admin can do this');
}
