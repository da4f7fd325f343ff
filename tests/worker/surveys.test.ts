import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSite, FOREIGN, ORIGIN } from './setup/fixtures';

beforeAll(() => createSite());

function get(path: string, headers: Record<string, string> = {}) {
  return SELF.fetch(`https://voce.test/api/v1/surveys/${path}`, { headers: { Origin: ORIGIN, ...headers } });
}

interface Survey {
  lang: string;
  languages: string[];
  questions: { kind: string; prompt: string; labels: string[]; followUp: Record<string, string> | null; aspects: { key: string }[] }[];
}

describe('GET /api/v1/surveys/:site/:survey', () => {
  it('returns the questions in order with every label, in the asked language', async () => {
    const res = await get('acme/support?lang=it');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe(ORIGIN);
    const s = (await res.json()) as Survey;
    expect(s.lang).toBe('it');
    expect(s.languages).toEqual(expect.arrayContaining(['it', 'en']));
    expect(s.questions.map((q) => q.kind)).toEqual(['nps', 'csat', 'ces']);
    const ces = s.questions[2]!;
    expect(ces.prompt).toBe('Quanto le è costato risolvere il problema nel servizio clienti?');
    expect(ces.labels).toEqual([
      'Molto meno di quanto pensavo',
      'Meno di quanto pensavo',
      'Quanto pensavo',
      'Più di quanto pensavo',
      'Molto più di quanto pensavo',
    ]);
    expect(ces.aspects.map((a) => a.key)).toEqual(['courtesy', 'competence', 'speed']);
    expect(s.questions[0]!.followUp).toMatchObject({ negative: 'Che cosa avremmo dovuto fare meglio?' });
  });

  it('falls back from ?lang to Accept-Language to the survey default', async () => {
    expect(((await (await get('acme/support?lang=en-GB')).json()) as Survey).lang).toBe('en');
    expect(((await (await get('acme/support', { 'Accept-Language': 'it-IT,it;q=0.9' })).json()) as Survey).lang).toBe('it');
    expect(((await (await get('acme/support?lang=xx', { 'Accept-Language': 'ja' })).json()) as Survey).lang).toBe('en');
    expect(((await (await get('acme/nps-only')).json()) as Survey).lang).toBe('it');
  });

  it('answers 404 for an unknown site or survey, 400 for a malformed one', async () => {
    expect((await get('nobody/support')).status).toBe(404);
    expect((await get('acme/nothing')).status).toBe(404);
    const bad = await get('ACME!/support');
    expect(bad.status).toBe(400);
    expect((await bad.json()) as object).toMatchObject({ error: { code: 'invalid_request', issues: [{ path: 'site' }] } });
  });

  it('refuses an origin the site does not list, without CORS headers', async () => {
    const res = await get('acme/support', { Origin: FOREIGN });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('GET /api/v1/health', () => {
  it('answers ok', async () => {
    const res = await SELF.fetch('https://voce.test/api/v1/health');
    expect(await res.json()).toEqual({ ok: true });
  });

  it('answers unknown API paths with the JSON error shape', async () => {
    const res = await SELF.fetch('https://voce.test/api/v1/nothing');
    expect(res.status).toBe(404);
    expect((await res.json()) as object).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('GET /api/v1/surveys/:site', () => {
  it('returns the site’s default survey', async () => {
    const res = await get('acme');
    expect(res.status).toBe(200);
    expect((await res.json()) as object).toMatchObject({ site: 'acme', survey: 'support' });
  });
});
