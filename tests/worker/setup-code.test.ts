// First run on a deployed worker: nobody becomes the first admin by arriving first; the one-time
// setup code printed by `npm run deploy` / `npm run admin -- setup-code` is needed, and spent on use.
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { setupCodeHash } from '../../shared/keys';
import { BASE } from './setup/dashboard';

const setup = (body: Record<string, unknown>) =>
  SELF.fetch(`${BASE}/api/v1/auth/setup`, {
    method: 'POST',
    headers: { 'CF-Connecting-IP': `10.9.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}` },
    body: JSON.stringify({ email: 'first@comer.test', password: 'a long enough password', ...body }),
  });

async function storeCode(code: string, expiresAt = Date.now() + 3600_000): Promise<void> {
  await env.DB.prepare('INSERT INTO setup_codes (code_hash, created_at, expires_at) VALUES (?1, ?2, ?3)')
    .bind(await setupCodeHash(code), Date.now(), expiresAt)
    .run();
}

const users = async () => (await env.DB.prepare('SELECT count(*) AS n FROM users').first<{ n: number }>())!.n;

describe('POST /api/v1/auth/setup', () => {
  it('refuses to make the first comer admin without the setup code (403), and stores no user', async () => {
    const res = await setup({});
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ error: { code: 'setup_code' } });
    expect(await users()).toBe(0);
  });

  it('refuses a wrong or expired code alike, and creates the admin once with the right one', async () => {
    await storeCode('ABCD-EFGH-JKMN-PQRS');
    await storeCode('OLDC-ODEO-LDCO-DEXX', Date.now() - 1);
    const wrong = await setup({ setupCode: 'ABCD-EFGH-JKMN-PQRT' });
    const expired = await setup({ setupCode: 'OLDC-ODEO-LDCO-DEXX' });
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).toBe(await expired.text());
    expect(await users()).toBe(0);

    const ok = await setup({ setupCode: 'abcd efgh jkmn pqrs' }); // typed loosely
    expect(ok.status).toBe(201);
    expect(await users()).toBe(1);
    // Spent: no code is left, and nobody can set up again.
    expect((await env.DB.prepare('SELECT count(*) AS n FROM setup_codes').first<{ n: number }>())!.n).toBe(0);
    const again = await setup({ email: 'second@comer.test', setupCode: 'ABCD-EFGH-JKMN-PQRS' });
    expect(again.status).toBe(409);
    expect(await users()).toBe(1);
  });
});
