// Standard Webhooks 1.0 signatures: `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`,
// keyed by the base64 part of the endpoint's `whsec_…` secret.

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

/** A new endpoint secret: `whsec_` and 32 random bytes in base64. */
export function newSecret(): string {
  return `whsec_${b64(crypto.getRandomValues(new Uint8Array(32)))}`;
}

// Imported keys per secret, for this isolate's life: a busy endpoint is signed for hundreds of times a second.
const keys = new Map<string, Promise<CryptoKey>>();

function keyOf(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    const raw = Uint8Array.from(atob(secret.replace(/^whsec_/, '')), (ch) => ch.charCodeAt(0));
    key = crypto.subtle.importKey('raw', raw, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
    if (keys.size >= 100) keys.clear();
    keys.set(secret, key);
  }
  return key;
}

export async function sign(secret: string, id: string, timestamp: number, body: string): Promise<string> {
  const key = await keyOf(secret);
  const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(`${id}.${timestamp}.${body}`));
  return `v1,${b64(new Uint8Array(mac))}`;
}
