// Repeated failed sign-ins are slowed down, per account and per client (SPEC "Sites and people"),
// with one answer for known and unknown emails so the throttle does not tell which accounts exist.
import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser, BASE } from './setup/dashboard';

const login = (email: string, password: string, client: string) =>
  SELF.fetch(`${BASE}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'CF-Connecting-IP': client },
    body: JSON.stringify({ email, password }),
  });

beforeAll(async () => {
  await addUser('target@acme.test', 'the real password', 'admin');
});

describe('POST /api/v1/auth/login throttling', () => {
  it('answers 429 with Retry-After after repeated failures for one account, even from many clients', async () => {
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let i = 0; i < 12; i++) {
      const res = await login('target@acme.test', `guess ${i}`, `10.20.0.${i}`);
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
      else await res.arrayBuffer();
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    // The right password does not get through while the account is locked.
    expect((await login('target@acme.test', 'the real password', '10.20.1.1')).status).toBe(429);
  });

  it('answers an unknown email exactly like a known one, locked or not', async () => {
    const known: string[] = [];
    const unknown: string[] = [];
    for (let i = 0; i < 8; i++) {
      await addUser(`known${i}@acme.test`, 'some password here', 'viewer').catch(() => {});
    }
    for (let i = 0; i < 7; i++) {
      const a = await login('known0@acme.test', `wrong ${i}`, `10.21.0.${i}`);
      const b = await login('nobody@acme.test', `wrong ${i}`, `10.21.1.${i}`);
      known.push(`${a.status} ${a.headers.get('retry-after') !== null} ${await a.text()}`);
      unknown.push(`${b.status} ${b.headers.get('retry-after') !== null} ${await b.text()}`);
    }
    expect(unknown).toEqual(known);
    expect(known.at(-1)).toMatch(/^429 true/);
  });

  it('answers 429 to one client trying many accounts, while another client still signs in', async () => {
    let limited: Response | undefined;
    for (let i = 0; i < 40 && !limited; i++) {
      const res = await login(`spray${i}@acme.test`, 'Summer2026!', '10.30.0.1');
      if (res.status === 429) limited = res;
      else await res.arrayBuffer();
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    await addUser('bystander@acme.test', 'bystander password', 'viewer');
    expect((await login('bystander@acme.test', 'bystander password', '10.30.0.2')).status).toBe(200);
  });
});
