import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite } from './setup/fixtures';
import { addUser, call, signIn, type Session } from './setup/dashboard';

let admin: Session;
let viewer: Session;

beforeAll(async () => {
  await createSite('acme');
  await addUser('admin@acme.test', 'admin password 1', 'admin');
  await addUser('viewer@acme.test', 'viewer password 1', 'viewer');
  admin = await signIn('admin@acme.test', 'admin password 1');
  viewer = await signIn('viewer@acme.test', 'viewer password 1');
});

describe('PUT /api/v1/sites/:site/surveys/:survey', () => {
  it('changes the questions, order and wording the widget receives', async () => {
    const definition = {
      questions: [{ kind: 'ces', followUp: false, aspects: ['speed'] }, { kind: 'csat' }],
      defaultLang: 'it',
      text: { it: { csat: { prompt: 'Come è andata con il supporto?' } } },
    };
    const res = await call(admin, '/api/v1/sites/acme/surveys/support', { method: 'PUT', json: definition });
    expect(res.status).toBe(200);
    const widget = (await (await SELF.fetch('http://voce.test/api/v1/surveys/acme/support?lang=it')).json()) as {
      questions: { kind: string; prompt: string; followUp: unknown; aspects: { key: string }[] }[];
    };
    expect(widget.questions.map((q) => q.kind)).toEqual(['ces', 'csat']);
    expect(widget.questions[0]).toMatchObject({ followUp: null, aspects: [{ key: 'speed' }] });
    expect(widget.questions[1]!.prompt).toBe('Come è andata con il supporto?');
    const created = await call(admin, '/api/v1/sites/acme/surveys/quick', { method: 'PUT', json: { questions: [{ kind: 'nps' }] } });
    expect(created.status).toBe(201);
    const list = (await (await call(viewer, '/api/v1/sites/acme/surveys')).json()) as { surveys: { id: string }[] };
    expect(list.surveys.map((s) => s.id)).toEqual(['nps-only', 'quick', 'support']);
  });

  it('refuses an invalid survey with field issues, and viewers with 403', async () => {
    const bad = await call(admin, '/api/v1/sites/acme/surveys/support', { method: 'PUT', json: { questions: [{ kind: 'nps' }, { kind: 'nps' }] } });
    expect(bad.status).toBe(400);
    expect((await bad.json()) as object).toMatchObject({ error: { issues: [{ path: 'questions' }] } });
    expect((await call(admin, '/api/v1/sites/acme/surveys/support', { method: 'PUT', json: { questions: [] } })).status).toBe(400);
    expect((await call(viewer, '/api/v1/sites/acme/surveys/support', { method: 'PUT', json: { questions: [{ kind: 'nps' }] } })).status).toBe(403);
  });
});

describe('POST /api/v1/sites', () => {
  it('creates a site with its origins and default survey (admins only)', async () => {
    const res = await call(admin, '/api/v1/sites', { method: 'POST', json: { id: 'shop', name: 'Shop', origins: ['https://shop.test'] } });
    expect(res.status).toBe(201);
    const survey = await SELF.fetch('http://voce.test/api/v1/surveys/shop', { headers: { Origin: 'https://shop.test' } });
    expect(survey.status).toBe(200);
    expect(survey.headers.get('access-control-allow-origin')).toBe('https://shop.test');
    expect((await call(admin, '/api/v1/sites', { method: 'POST', json: { id: 'shop', origins: [] } })).status).toBe(409);
    expect((await call(admin, '/api/v1/sites', { method: 'POST', json: { id: 'Bad Id', origins: [] } })).status).toBe(400);
    expect((await call(viewer, '/api/v1/sites', { method: 'POST', json: { id: 'mine', origins: [] } })).status).toBe(403);
  });
});
