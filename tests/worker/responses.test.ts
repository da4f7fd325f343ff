import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { rebuildSql } from '../../worker/src/db/rollups';
import { countResponses, createSite, FOREIGN, ORIGIN, post, responseBody } from './setup/fixtures';

beforeAll(() => createSite());

async function stored(id: string) {
  return env.DB.prepare('SELECT * FROM responses WHERE id = ?1').bind(id).first<Record<string, unknown>>();
}

describe('POST /api/v1/responses', () => {
  it('stores a new response with its ticket and answers 201', async () => {
    const body = responseBody({ answers: { nps: 9, comment: 'Molto gentili' } });
    const res = await post(body);
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual({ id: body.id, status: 'created' });
    const row = await stored(body.id as string);
    expect(row).toMatchObject({
      site_id: 'acme',
      survey_id: 'support',
      ticket: 'T-1042',
      nps: 9,
      comment: 'Molto gentili',
      lang: 'it',
      source: 'widget',
      agent: 'mario',
      channel: 'chat',
    });
  });

  it('answers 200 to a second identical post and keeps one row', async () => {
    const body = responseBody();
    const before = await countResponses();
    expect((await post(body)).status).toBe(201);
    const again = await post(body);
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ id: body.id, status: 'merged' });
    expect(await countResponses()).toBe(before + 1);
  });

  it('merges a follow-up into the response with the same id', async () => {
    const body = responseBody({ answers: { ces: 4 } });
    expect((await post(body)).status).toBe(201);
    expect((await post({ ...body, answers: { comment: 'Ho dovuto scrivere tre volte' } })).status).toBe(200);
    expect((await post({ ...body, answers: { aspects: { courtesy: 5 } } })).status).toBe(200);
    expect((await post({ ...body, answers: { aspects: { speed: 2 } } })).status).toBe(200);
    const row = await stored(body.id as string);
    expect(row).toMatchObject({ ces: 4, comment: 'Ho dovuto scrivere tre volte', ticket: 'T-1042' });
    expect(JSON.parse(row!.aspects as string)).toEqual({ courtesy: 5, speed: 2 });
  });

  it('lets a later post change a score the customer reconsidered', async () => {
    const body = responseBody({ answers: { nps: 6 } });
    await post(body);
    await post({ ...body, answers: { nps: 8 } });
    expect((await stored(body.id as string))!.nps).toBe(8);
  });

  it('accepts the text/plain body that sendBeacon sends', async () => {
    const body = responseBody({ answers: { csat: 5 } });
    const res = await post(JSON.stringify(body), { contentType: 'text/plain;charset=UTF-8' });
    expect(res.status).toBe(201);
    expect((await stored(body.id as string))!.csat).toBe(5);
  });

  it('accepts a post without Origin, as curl or a server sends it', async () => {
    const res = await post(responseBody(), { origin: null });
    expect(res.status).toBe(201);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('stores only the origin and path of the page, never its query', async () => {
    const body = responseBody({ meta: { url: 'https://support.acme.test/tickets/42?email=a@b.c#x' } });
    await post(body);
    expect((await stored(body.id as string))!.page).toBe('https://support.acme.test/tickets/42');
  });

  it('refuses an id that already belongs to another ticket with 409 and keeps the first', async () => {
    const body = responseBody({ ticket: 'T-1' });
    await post(body);
    const res = await post({ ...body, ticket: 'T-2', answers: { nps: 0 } });
    expect(res.status).toBe(409);
    expect((await res.json()) as object).toMatchObject({ error: { code: 'id_conflict' } });
    expect(await stored(body.id as string)).toMatchObject({ ticket: 'T-1', nps: 9 });
  });

  it('stores exactly one response for 200 concurrent posts of the same id', async () => {
    const body = responseBody({ ticket: 'T-concurrent' });
    const statuses = await Promise.all(Array.from({ length: 200 }, () => post(body).then((r) => r.status)));
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 200)).toHaveLength(199);
    const row = await env.DB.prepare('SELECT count(*) AS n, max(revision) AS rev FROM responses WHERE ticket = ?1')
      .bind('T-concurrent')
      .first<{ n: number; rev: number }>();
    expect(row).toEqual({ n: 1, rev: 199 });
  });

  it('shares D1 batches between concurrent posts, each answered for itself, rollups exact', async () => {
    const first = responseBody({ ticket: 'T-shared', answers: { nps: 0 } });
    expect((await post(first)).status).toBe(201);
    const fresh = Array.from({ length: 80 }, (_, i) =>
      responseBody({ ticket: `T-b${i}`, answers: { nps: i % 11, csat: 1 + (i % 5) }, meta: { agent: ['mario', 'luca'][i % 2], channel: 'email' } }),
    );
    const merges: Record<string, unknown>[] = Array.from({ length: 20 }, (_, i) => ({ ...first, answers: { nps: i % 11, comment: `later ${i}` } }));
    const conflicts: Record<string, unknown>[] = Array.from({ length: 5 }, () => ({ ...first, ticket: 'T-someone-else' }));
    const all = [...fresh, ...merges, ...conflicts].sort(() => Math.random() - 0.5);
    const answers = await Promise.all(all.map((b) => post(b).then((r) => ({ body: b, status: r.status, batch: Number(r.headers.get('x-d1-batch')) }))));

    expect(answers.filter((a) => fresh.includes(a.body)).map((a) => a.status)).toEqual(fresh.map(() => 201));
    expect(answers.filter((a) => merges.includes(a.body)).map((a) => a.status)).toEqual(merges.map(() => 200));
    expect(answers.filter((a) => conflicts.includes(a.body)).map((a) => a.status)).toEqual(conflicts.map(() => 409));
    expect(Math.max(...answers.map((a) => a.batch))).toBeGreaterThan(1);
    expect(await stored(first.id as string)).toMatchObject({ ticket: 'T-shared', revision: 20 });
    for (const b of fresh) expect(await stored(b.id as string)).toMatchObject({ ticket: b.ticket, nps: (b.answers as { nps: number }).nps });

    const rollups = async () =>
      (await env.DB.prepare('SELECT * FROM daily_rollups WHERE responses > 0 ORDER BY site_id, dim, day, survey_id, value').all()).results;
    const kept = await rollups();
    await env.DB.batch(rebuildSql().map((sql) => env.DB.prepare(sql)));
    expect(await rollups()).toEqual(kept);
  });
});

describe('CORS on /api/v1/responses', () => {
  it('echoes an allowed origin', async () => {
    const res = await post(responseBody());
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
  });

  it('refuses a post from an origin the site does not list with 403 and no CORS header', async () => {
    const before = await countResponses();
    const res = await post(responseBody(), { origin: FOREIGN });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await res.json()) as object).toMatchObject({ error: { code: 'origin_not_allowed' } });
    expect(await countResponses()).toBe(before);
  });

  it('answers the preflight of an allowed origin', async () => {
    const res = await SELF.fetch('https://voce.test/api/v1/responses', {
      method: 'OPTIONS',
      headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    expect(res.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('gives the preflight of an unknown origin no Access-Control-Allow-Origin', async () => {
    const res = await SELF.fetch('https://voce.test/api/v1/responses', {
      method: 'OPTIONS',
      headers: { Origin: FOREIGN, 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('allows the worker’s own pages (same origin)', async () => {
    const res = await post(responseBody(), { origin: 'https://voce.test' });
    expect(res.status).toBe(201);
  });
});
