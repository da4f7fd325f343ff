// Where a webhook may be sent, checked again at send time (SPEC: never a private, link-local or
// loopback address in production). The URL itself is checked as when it was added (an endpoint may
// have been written to D1 by hand); in production its host name is also resolved, with DNS over
// HTTPS (Workers have no resolver API), and refused when any address it has is private. Answers are
// kept per isolate for their TTL (at least a minute, at most an hour).
import { privateAddress, webhookUrlProblem } from '../../../shared/schemas';

const DOH = 'https://cloudflare-dns.com/dns-query';
const IP = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

type Resolver = (name: string, type: 'A' | 'AAAA') => Promise<{ addresses: string[]; ttl: number }>;

/** DNS over HTTPS (RFC 8484 JSON): the A or AAAA addresses of a name. */
export const dohResolve: Resolver = async (name, type) => {
  const res = await fetch(`${DOH}?name=${encodeURIComponent(name)}&type=${type}`, {
    headers: { accept: 'application/dns-json' },
    signal: AbortSignal.timeout(5_000),
  });
  if (!res.ok) throw new Error(`DNS lookup failed (${res.status})`);
  const body = (await res.json()) as { Status: number; Answer?: { type: number; data: string; TTL: number }[] };
  const want = type === 'A' ? 1 : 28;
  const answers = (body.Answer ?? []).filter((a) => a.type === want);
  return { addresses: answers.map((a) => a.data), ttl: Math.min(...answers.map((a) => a.TTL), 3600) };
};

const known = new Map<string, { problem: string | null; until: number }>();

/** Why this URL may not be sent to now (null: it may). `local`: local development (VOCE_DEV set). */
export async function targetProblem(url: string, local: boolean, resolve: Resolver = dohResolve, now = Date.now()): Promise<string | null> {
  const problem = webhookUrlProblem(url, local);
  if (problem || local) return problem;
  const host = new URL(url).hostname;
  if (IP.test(host)) return null; // a literal public address: webhookUrlProblem judged it
  const hit = known.get(host);
  if (hit && hit.until > now) return hit.problem;
  try {
    const [a, aaaa] = await Promise.all([resolve(host, 'A'), resolve(host, 'AAAA')]);
    const addresses = [...a.addresses, ...aaaa.addresses];
    const bad = addresses.find(privateAddress);
    const found = !addresses.length ? `${host} has no address` : bad ? `${host} resolves to a private address (${bad})` : null;
    known.set(host, { problem: found, until: now + Math.max(60, Math.min(a.ttl, aaaa.ttl)) * 1000 });
    return found;
  } catch (err) {
    return `Could not resolve ${host}: ${(err as Error).message}`.slice(0, 200);
  }
}

/** For tests: forget what was resolved. */
export function forgetResolved(): void {
  known.clear();
}
