// Custom CES aspects need a label in every shipped language before a survey that rates them is stored.
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../shared/i18n';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { createSite, ORIGIN } from './setup/fixtures';

let admin: Session;

beforeAll(async () => {
  await createSite();
  await addUser('admin@acme.test', 'admin password 1', 'admin');
  admin = await signIn('admin@acme.test', 'admin password 1');
});

const LABELS: Record<string, string> = {
  en: 'Empathy',
  it: 'Empatia',
  es: 'Empatía',
  fr: 'Empathie',
  de: 'Einfühlungsvermögen',
  pt: 'Empatia',
  pl: 'Empatia',
  nl: 'Empathie',
};

function definition(langs: string[]) {
  return {
    questions: [{ kind: 'csat' }, { kind: 'ces', aspects: ['speed', 'empathy'] }],
    defaultLang: 'en',
    text: Object.fromEntries(langs.map((l) => [l, { aspects: { empathy: LABELS[l] } }])),
  };
}

const stored = (survey: string) =>
  env.DB.prepare('SELECT definition, updated_at FROM surveys WHERE site_id = ?1 AND id = ?2')
    .bind('acme', survey)
    .first<{ definition: string; updated_at: number }>();

const put = (survey: string, json: unknown) => call(admin, `/api/v1/sites/acme/surveys/${survey}`, { method: 'PUT', json });

interface WidgetSurvey {
  questions: { kind: string; aspects: { key: string; label: string }[] }[];
}

describe('PUT /api/v1/sites/:site/surveys/:survey with custom CES aspects', () => {
  it('refuses a custom aspect without a label in every shipped language with 400 and field issues, and changes nothing', async () => {
    const before = await stored('support');
    const res = await put('support', definition(['en', 'it', 'es', 'pt', 'pl']));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: {
        code: 'invalid_request',
        message: expect.any(String),
        issues: [{ path: 'questions.1.aspects.1', message: 'Aspect "empathy" needs a label in: de, fr, nl' }],
      },
    });
    expect(await stored('support')).toEqual(before);

    // Nor is a new survey created by a refused PUT.
    expect((await put('fresh', definition([]))).status).toBe(400);
    expect(await stored('fresh')).toBeNull();
  });

  it('stores one with a label in all eight, and the widget shows each language’s label', async () => {
    const res = await put('support', definition(Object.keys(LABELS)));
    expect(res.status).toBe(200);
    expect(JSON.parse((await stored('support'))!.definition)).toMatchObject({ questions: [{ kind: 'csat' }, { kind: 'ces', aspects: ['speed', 'empathy'] }] });

    const widget = await SELF.fetch('https://voce.test/api/v1/surveys/acme/support?lang=de', { headers: { Origin: ORIGIN } });
    expect(widget.status).toBe(200);
    const ces = ((await widget.json()) as WidgetSurvey).questions[1]!;
    expect(ces.aspects).toEqual([
      { key: 'speed', label: LANGUAGES.de!.aspects.speed },
      { key: 'empathy', label: 'Einfühlungsvermögen' },
    ]);
  });

  it('stores shipped aspects with no labels of their own', async () => {
    const res = await put('shipped', { questions: [{ kind: 'ces', aspects: ['courtesy', 'speed'] }] });
    expect(res.status).toBe(201);
  });
});
