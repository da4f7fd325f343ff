// Attacks on the collector by someone who knows a response id: rewriting a stored answer's scores
// or its agent/channel/customer/ticket, at any time; and a flood from one client.
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite, ORIGIN, responseBody } from './setup/fixtures';

const send = (body: unknown, client = `10.50.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`) =>
  SELF.fetch('https://voce.test/api/v1/responses', {
    method: 'POST',
    headers: { Origin: ORIGIN, 'CF-Connecting-IP': client },
    body: JSON.stringify(body),
  });

const row = (id: string) => env.DB.prepare('SELECT nps, csat, comment, agent, channel, customer, ticket FROM responses WHERE id = ?1').bind(id).first();

beforeAll(async () => {
  await createSite();
});

describe('POST /api/v1/responses: a stored answer keeps who and what it is about', () => {
  it('refuses a later post that changes agent, channel, customer or ticket, and changes nothing', async () => {
    const id = crypto.randomUUID();
    const first = responseBody({ id, ticket: 'T-9', answers: { nps: 10 }, meta: { agent: 'giulia', channel: 'chat', customer: 'C-1' } });
    expect((await send(first)).status).toBe(201);
    const before = await row(id);
    for (const change of [
      { meta: { agent: 'sara', channel: 'chat', customer: 'C-1' } },
      { meta: { agent: 'giulia', channel: 'phone', customer: 'C-1' } },
      { meta: { agent: 'giulia', channel: 'chat', customer: 'C-2' } },
      { ticket: 'T-10' },
    ]) {
      const res = await send({ ...first, answers: { nps: 0 }, ...change });
      expect(res.status, JSON.stringify(change)).toBe(409);
    }
    expect(await row(id)).toEqual(before);
  });

  it('merges a follow-up and a changed score within the window', async () => {
    const id = crypto.randomUUID();
    const first = responseBody({ id, answers: { nps: 6 } });
    expect((await send(first)).status).toBe(201);
    expect((await send({ ...first, answers: { nps: 7, comment: 'Slow at first, then fine' } })).status).toBe(200);
    expect(await row(id)).toMatchObject({ nps: 7, comment: 'Slow at first, then fine', agent: 'mario' });
  });

  it('refuses any change once the response is older than the 24-hour window', async () => {
    const id = crypto.randomUUID();
    const first = responseBody({ id, answers: { nps: 10 } });
    expect((await send(first)).status).toBe(201);
    await env.DB.prepare('UPDATE responses SET created_at = created_at - ?2 WHERE id = ?1').bind(id, 24 * 3600_000 + 60_000).run();
    const before = await row(id);
    const late = await send({ ...first, answers: { nps: 0, comment: 'rewritten' } });
    expect(late.status).toBe(409);
    expect(await row(id)).toEqual(before);
  });
});

describe('POST /api/v1/responses: a flood from one client', () => {
  it('answers 429 with Retry-After to the flooding client while another client of the site is served', async () => {
    // In bursts of 150 at once: the limit is 100 per 10 s, which one request after another may never
    // reach when the machine is busy (CI: 400 in 45 s, none limited).
    let limited: Response | undefined;
    for (let burst = 0; burst < 3 && !limited; burst++) {
      const answers = await Promise.all(Array.from({ length: 150 }, (_, i) => send(responseBody({ ticket: `F-${burst}-${i}` }), '10.60.0.1')));
      limited = answers.find((res) => res.status === 429);
      await Promise.all(answers.filter((res) => res !== limited).map((res) => res.arrayBuffer()));
    }
    expect(limited?.status).toBe(429);
    expect(Number(limited!.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(responseBody({ ticket: 'F-other' }), '10.60.0.2')).status).toBe(201);
  }, 60_000);
});
