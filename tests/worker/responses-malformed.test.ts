// Bad input never gives a 500 and never writes a row: each body gets its 4xx in SPEC.md's error shape.
import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite, FOREIGN, ORIGIN, post, responseBody, snapshot } from './setup/fixtures';

const UUID = '0b6c1b9e-6f1e-4c3a-9d8e-2f6a1c2b3d4e';
const valid = (over: Record<string, unknown> = {}) => responseBody({ id: UUID, ...over });
const withAnswers = (answers: unknown) => valid({ answers });
const raw = (text: string) => ({ raw: text });

type Case = [name: string, body: unknown, status: number, code: string, path?: string];

const cases: Case[] = [
  ['NPS 11', withAnswers({ nps: 11 }), 400, 'invalid_request', 'answers.nps'],
  ['NPS -1', withAnswers({ nps: -1 }), 400, 'invalid_request', 'answers.nps'],
  ['NPS 4.5', withAnswers({ nps: 4.5 }), 400, 'invalid_request', 'answers.nps'],
  ['NPS "5" as a string', withAnswers({ nps: '5' }), 400, 'invalid_request', 'answers.nps'],
  ['NPS null', withAnswers({ nps: null }), 400, 'invalid_request', 'answers.nps'],
  ['NPS true', withAnswers({ nps: true }), 400, 'invalid_request', 'answers.nps'],
  ['NPS 1e400 (Infinity)', raw(JSON.stringify(valid()).replace('"nps":9', '"nps":1e400')), 400, 'invalid_request', 'answers.nps'],
  ['NPS NaN (not JSON)', raw(JSON.stringify(valid()).replace('"nps":9', '"nps":NaN')), 400, 'invalid_json'],
  ['CSAT 0', withAnswers({ csat: 0 }), 400, 'invalid_request', 'answers.csat'],
  ['CSAT 6', withAnswers({ csat: 6 }), 400, 'invalid_request', 'answers.csat'],
  ['CSAT "5" as a string', withAnswers({ csat: '5' }), 400, 'invalid_request', 'answers.csat'],
  ['CES 0', withAnswers({ ces: 0 }), 400, 'invalid_request', 'answers.ces'],
  ['CES 2.5', withAnswers({ ces: 2.5 }), 400, 'invalid_request', 'answers.ces'],
  ['aspect rated 6', withAnswers({ ces: 2, aspects: { courtesy: 6 } }), 400, 'invalid_request', 'answers.aspects.courtesy'],
  ['aspect the survey does not rate', withAnswers({ aspects: { price: 3 } }), 400, 'invalid_request', 'answers.aspects.price'],
  ['aspects as an array', withAnswers({ aspects: [5, 4] }), 400, 'invalid_request', 'answers.aspects'],
  ['unknown answer name', withAnswers({ nps: 9, score: 3 }), 400, 'invalid_request', 'answers.score'],
  ['no answers at all', withAnswers({}), 400, 'invalid_request', 'answers'],
  ['answers missing', valid({ answers: undefined }), 400, 'invalid_request', 'answers'],
  ['answers as an array', withAnswers([9]), 400, 'invalid_request', 'answers'],
  ['an answer the survey does not ask', valid({ survey: 'nps-only', answers: { csat: 4 } }), 400, 'invalid_request', 'answers.csat'],
  ['missing id', valid({ id: undefined }), 400, 'invalid_request', 'id'],
  ['non-UUID id', valid({ id: 'response-1' }), 400, 'invalid_request', 'id'],
  ['id as a number', valid({ id: 12345 }), 400, 'invalid_request', 'id'],
  ['site missing', valid({ site: undefined }), 400, 'invalid_request', 'site'],
  ['site not a slug', valid({ site: '../acme' }), 400, 'invalid_request', 'site'],
  ['site as a number', valid({ site: 7 }), 400, 'invalid_request', 'site'],
  ['unknown site', valid({ site: 'nobody' }), 404, 'site_not_found'],
  ['unknown survey', valid({ survey: 'nothing' }), 404, 'survey_not_found'],
  ['ticket of 10,000 characters', valid({ ticket: 'T'.repeat(10_000) }), 400, 'invalid_request', 'ticket'],
  ['ticket of 129 characters', valid({ ticket: 'T'.repeat(129) }), 400, 'invalid_request', 'ticket'],
  ['empty ticket', valid({ ticket: '   ' }), 400, 'invalid_request', 'ticket'],
  ['ticket as a number', valid({ ticket: 1042 }), 400, 'invalid_request', 'ticket'],
  ['ticket with a line break', valid({ ticket: 'T-1\nT-2' }), 400, 'invalid_request', 'ticket'],
  ['comment with NUL', withAnswers({ nps: 9, comment: 'ok\u0000bad' }), 400, 'invalid_request', 'answers.comment'],
  ['comment with a lone high surrogate', raw(JSON.stringify(withAnswers({ nps: 9, comment: 'x' })).replace('"x"', '"a\\ud800b"')), 400, 'invalid_request', 'answers.comment'],
  ['comment with a lone low surrogate', raw(JSON.stringify(withAnswers({ nps: 9, comment: 'x' })).replace('"x"', '"\\udc00"')), 400, 'invalid_request', 'answers.comment'],
  ['comment of 5,001 characters', withAnswers({ nps: 9, comment: 'a'.repeat(5001) }), 400, 'invalid_request', 'answers.comment'],
  ['comment as an object', withAnswers({ nps: 9, comment: { text: 'hi' } }), 400, 'invalid_request', 'answers.comment'],
  ['language that is not a tag', valid({ lang: 'italiano!' }), 400, 'invalid_request', 'lang'],
  ['meta as a string', valid({ meta: 'mario' }), 400, 'invalid_request', 'meta'],
  ['agent as an object', valid({ meta: { agent: { id: 1 } } }), 400, 'invalid_request', 'meta.agent'],
  ['page URL that is not a URL', valid({ meta: { url: 'not a url' } }), 400, 'invalid_request', 'meta.url'],
  ['a body of 17 KiB', valid({ pad: 'x'.repeat(17 * 1024) }), 413, 'payload_too_large'],
  ['invalid JSON', raw('{"id": "' + UUID + '", "answers": {'), 400, 'invalid_json'],
  ['empty body', raw(''), 400, 'empty_body'],
  ['whitespace body', raw('  \n '), 400, 'empty_body'],
  ['the JSON null', raw('null'), 400, 'invalid_request'],
  ['an array instead of an object', [valid()], 400, 'invalid_request'],
  ['a JSON string', raw('"hello"'), 400, 'invalid_request'],
  ['a JSON number', raw('42'), 400, 'invalid_request'],
  ['form-encoded data', raw('id=1&nps=9'), 400, 'invalid_json'],
  ['a token that no link issued', valid({ token: 'forged.token' }), 403, 'invalid_link'],
];

beforeAll(async () => {
  await createSite();
  // A row already there, so "unchanged" is about an existing table, not an empty one.
  expect((await post(responseBody({ answers: { nps: 7 } }))).status).toBe(201);
});

async function send(body: unknown): Promise<Response> {
  if (body && typeof body === 'object' && 'raw' in body) return post((body as { raw: string }).raw);
  return post(JSON.stringify(body));
}

async function expectRefused(res: Response, status: number, code: string, path?: string) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const json = (await res.json()) as { error: { code: string; message: string; issues?: { path: string }[] } };
  expect(json.error.code).toBe(code);
  expect(json.error.message).toEqual(expect.any(String));
  if (path !== undefined) expect(json.error.issues?.map((i) => i.path)).toContain(path);
}

describe('POST /api/v1/responses with bad input', () => {
  it(`covers at least 30 malformed bodies (${cases.length})`, () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('refuses %s and writes nothing', async (_name, body, status, code, path) => {
    const before = await snapshot();
    await expectRefused(await send(body), status, code, path);
    expect(await snapshot()).toBe(before);
  });

  it('refuses a streamed body over 16 KiB that declares no length', async () => {
    const before = await snapshot();
    const chunk = new TextEncoder().encode('x'.repeat(1024));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 20) controller.enqueue(chunk);
        else controller.close();
      },
    });
    const res = await SELF.fetch('https://voce.test/api/v1/responses', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: stream,
    });
    await expectRefused(res, 413, 'payload_too_large');
    expect(await snapshot()).toBe(before);
  });

  it('refuses a valid body from a foreign origin with 403', async () => {
    const before = await snapshot();
    await expectRefused(await post(valid(), { origin: FOREIGN }), 403, 'origin_not_allowed');
    expect(await snapshot()).toBe(before);
  });
});
