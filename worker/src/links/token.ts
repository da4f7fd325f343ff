// Signed survey links: base64url(JSON claims) "." base64url(HMAC-SHA256(claims, the site's secret)).
// Verification never says why a token failed: forged, altered and unknown tokens look the same.
import * as v from 'valibot';
import { LinkClaims } from '../../../shared/schemas';

const enc = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function b64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromB64url(s: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(s) || s.length % 4 === 1) return null;
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  // Only the canonical spelling: otherwise the unused low bits of the last character could be
  // changed without changing the bytes, and an altered token would still verify.
  return b64url(bytes) === s ? bytes : null;
}

function hmacKey(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    const raw = Uint8Array.from(secret.match(/../g) ?? [], (h) => parseInt(h, 16));
    key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, key);
  }
  return key;
}

export async function signToken(claims: LinkClaims, secret: string): Promise<string> {
  const body = b64url(enc.encode(JSON.stringify(claims)));
  const sig = await crypto.subtle.sign('HMAC', await hmacKey(secret), enc.encode(body));
  return `${body}.${b64url(new Uint8Array(sig))}`;
}

export type Verified = { ok: true; claims: LinkClaims } | { ok: false; expired: boolean };

/** Checks the signature with the secret of the site the claims name, then the expiry. */
export async function verifyToken(
  token: string,
  secretOf: (site: string) => Promise<string | null>,
  now = Date.now(),
): Promise<Verified> {
  const bad = { ok: false, expired: false } as const;
  if (token.length > 1024) return bad;
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return bad;
  const sigBytes = fromB64url(sig);
  const bodyBytes = fromB64url(body);
  if (!sigBytes || !bodyBytes || sigBytes.length !== 32) return bad;
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bodyBytes));
  } catch {
    return bad;
  }
  const claims = v.safeParse(LinkClaims, parsed);
  if (!claims.success) return bad;
  const secret = await secretOf(claims.output.s);
  if (!secret) return bad;
  // crypto.subtle.verify compares in constant time.
  if (!(await crypto.subtle.verify('HMAC', await hmacKey(secret), sigBytes, enc.encode(body)))) return bad;
  if (claims.output.e * 1000 <= now) return { ok: false, expired: true };
  return { ok: true, claims: claims.output };
}

/**
 * A widget's verified-ticket token (SPEC "Verified tickets"): hex HMAC-SHA256 of "<site>\n<ticket>"
 * keyed with the site's widget secret as text, so a site's server computes it in one line.
 */
export async function ticketTokenValid(site: string, ticket: string, token: string, secret: string): Promise<boolean> {
  if (!/^[0-9a-f]{64}$/.test(token)) return false;
  const key = await textKey(secret);
  const sig = Uint8Array.from(token.match(/../g)!, (h) => parseInt(h, 16));
  return crypto.subtle.verify('HMAC', key, sig, enc.encode(`${site}\n${ticket}`));
}

// Imported keys per secret, kept per isolate (values, not promises: see db/sites.ts).
const textKeys = new Map<string, CryptoKey>();

async function textKey(secret: string): Promise<CryptoKey> {
  let key = textKeys.get(secret);
  if (!key) {
    key = await crypto.subtle.importKey('raw', enc.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    textKeys.set(secret, key);
    if (textKeys.size > 100) textKeys.delete(textKeys.keys().next().value!);
  }
  return key;
}

/** An HMAC of a ticket under the site's link secret: what an erasure's tombstone keeps instead of the ticket. */
export async function ticketHash(ticket: string, secret: string): Promise<string> {
  const sig = await crypto.subtle.sign('HMAC', await hmacKey(secret), enc.encode(`erased\n${ticket}`));
  return b64url(new Uint8Array(sig));
}
