// Site API keys: random, shown once, stored only as a SHA-256 (a key has 256 bits of entropy, so
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
