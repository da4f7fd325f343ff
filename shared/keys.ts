// Site API keys and first-run setup codes: random, shown once, stored only as a SHA-256 (a key has 256 bits of entropy, so
// a fast hash is enough; see OWASP's note on high-entropy secrets). Same code in the CLI and the worker.

const PREFIX = 'voce_';

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function newApiKey(): string {
  return PREFIX + base64url(crypto.getRandomValues(new Uint8Array(32)));
}

export async function hashApiKey(key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The visible start of a key, to tell keys apart in a list without revealing them. */
export function keyPrefix(key: string): string {
  return key.slice(0, PREFIX.length + 6);
}

// Crockford's base32: no I, L, O or U to misread when a code is typed from a terminal.
const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A one-time setup code for the first admin: 16 characters (80 bits) as XXXX-XXXX-XXXX-XXXX. */
export function newSetupCode(): string {
  const chars = [...crypto.getRandomValues(new Uint8Array(16))].map((b) => CODE_ALPHABET[b & 31]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-');
}

/** What is stored of a setup code: compared without case, spaces or dashes, as a person may type it. */
export function setupCodeHash(code: string): Promise<string> {
  return hashApiKey(`setup\n${code.toUpperCase().replace(/[\s-]/g, '')}`);
}
