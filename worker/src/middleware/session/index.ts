// Who is calling the dashboard API: a signed-in person (session cookie, or Cloudflare Access which
// starts one) or an integration (site API key). Sessions end after 8 idle hours or 7 days at most, and
// whenever the person changes (db/users.ts); every state-changing request made with the cookie must
// carry the session's CSRF token and come from this origin.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isOwner, worksFollowUps, type Me } from '../../../../shared/api';
import { hashApiKey } from '../../../../shared/keys';
import { getSession, insertSession, touchSession, userByEmail, type Session } from '../../db/users';
import type { AppEnv } from '../../env';
import { accessEmail } from '../access';
import { apiKeySite } from '../auth';
import { isSameOrigin } from '../cors';
import { ApiError } from '../errors';

export const IDLE_MS = 8 * 3600_000;
export const ABSOLUTE_MS = 7 * 86400_000;
/** last_seen_at is written at most this often, not on every request. */
const TOUCH_MS = 5 * 60_000;

export type Principal = ({ kind: 'user'; id: string; csrf: string } & Me) | { kind: 'key'; site: string };

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

/** The session of this request: its cookie's live session, else one started for a person Cloudflare Access vouches for. */
export async function currentSession(c: Context<AppEnv>): Promise<(Session & { idHash: string }) | null> {
  const value = getCookie(c, cookieName(c));
  if (value && value.length <= 100) {
    const idHash = await hashApiKey(value);
    const s = await getSession(c.env.DB, idHash);
    const now = Date.now();
    if (s && now - s.lastSeenAt <= IDLE_MS && now - s.createdAt <= ABSOLUTE_MS) {
      if (now - s.lastSeenAt > TOUCH_MS) await touchSession(c.env.DB, idHash, now);
      return { ...s, idHash };
    }
  }
  return accessSession(c);
}

async function accessSession(c: Context<AppEnv>): Promise<(Session & { idHash: string }) | null> {
  const email = await accessEmail(c);
  if (!email) return null;
  const user = await userByEmail(c.env.DB, email);
  if (!user || user.disabled) return null;
  const csrf = await startSession(c, user.id);
  const now = Date.now();
  return { user: { id: user.id, email: user.email, role: user.role, sites: user.sites }, csrf, createdAt: now, lastSeenAt: now, idHash: '' };
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
    if ((origin && !isSameOrigin(c, origin)) || token !== s.csrf) {
      throw new ApiError(403, 'csrf', 'This request did not come from the dashboard');
    }
  }
  return { kind: 'user', ...s.user, csrf: s.csrf };
}

const forbidden = (message: string) => new ApiError(403, 'forbidden', message);

/** Reading a site's data: a person granted that site (or every site), or a key of that site. */
export function canRead(p: Principal, site: string): void {
  if (p.kind === 'key' && p.site !== site) throw forbidden("This key belongs to another site's data");
  if (p.kind === 'user' && p.sites !== null && !p.sites.includes(site)) throw forbidden('You have no access to this site');
}

/** Changing a site's settings, keys and surveys: its admins (canRead has checked the site). */
export function mustBeAdmin(p: Principal): void {
  if (p.kind !== 'user' || p.role !== 'admin') throw forbidden('Only an admin can do this');
}

/** Managing people and creating sites: an admin of every site. */
export function mustBeOwner(p: Principal): void {
  if (p.kind !== 'user' || !isOwner(p)) throw forbidden('Only an admin of every site can do this');
}

/** Working the follow-up inbox (status, owner, note): admins and responders. */
export function mustWorkFollowUps(p: Principal): void {
  if (p.kind !== 'user' || !worksFollowUps(p.role)) throw forbidden('Only admins and responders can change follow-ups');
}
