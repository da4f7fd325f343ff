import { describe, it, expect } from 'vitest';
import { LANGUAGES, pickLang, resolveSurvey, type SurveyText } from '../../../shared/i18n';
import type { SurveyDefinition } from '../../../shared/schemas/survey';

const CODES = Object.keys(LANGUAGES);
const en = LANGUAGES.en!;

/** Every string in a SurveyText, with its path for readable failures. */
function strings(t: SurveyText): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, path: string): void => {
    if (typeof v === 'string') out.push([path, v]);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(t, '');
  return out;
}

const def: SurveyDefinition = {
  questions: [
    { kind: 'csat', followUp: true },
    { kind: 'ces', followUp: true },
    { kind: 'nps', followUp: true },
  ],
  defaultLang: 'en',
  text: {},
};

describe('shipped languages', () => {
  it('include English, Italian and the six added ones', () => {
    expect([...CODES].sort()).toEqual(['de', 'en', 'es', 'fr', 'it', 'nl', 'pl', 'pt']);
  });

  it.each(CODES)('%s: every string is non-empty and trimmed', (code) => {
    const all = strings(LANGUAGES[code]!);
    expect(all.length).toBeGreaterThan(20);
    for (const [path, s] of all) {
      expect(s, path).not.toBe('');
      expect(s, path).toBe(s.trim());
    }
  });

  it.each(CODES)('%s: csat and ces have 5 labels, nps 2', (code) => {
    const t = LANGUAGES[code]!;
    expect(t.csat.labels).toHaveLength(5);
    expect(t.ces.labels).toHaveLength(5);
    expect(t.nps.labels).toHaveLength(2);
  });

  it.each(CODES)('%s: the 5 CES labels are distinct', (code) => {
    expect(new Set(LANGUAGES[code]!.ces.labels).size).toBe(5);
  });

  it.each(CODES)('%s: aspects are exactly courtesy, competence, speed', (code) => {
    expect(Object.keys(LANGUAGES[code]!.aspects).sort()).toEqual(['competence', 'courtesy', 'speed']);
  });

  it.each(CODES.filter((c) => c !== 'en'))('%s: prompts and thanks are translated', (code) => {
    const t = LANGUAGES[code]!;
    expect(t.csat.prompt).not.toBe(en.csat.prompt);
    expect(t.ces.prompt).not.toBe(en.ces.prompt);
    expect(t.nps.prompt).not.toBe(en.nps.prompt);
    expect(t.thanks).not.toBe(en.thanks);
  });

  it.each(CODES)('%s: resolveSurvey returns the language’s prompts', (code) => {
    const t = LANGUAGES[code]!;
    const r = resolveSurvey(def, code);
    expect(r.lang).toBe(code);
    expect(r.title).toBe(t.title);
    expect(r.questions.map((q) => q.prompt)).toEqual([t.csat.prompt, t.ces.prompt, t.nps.prompt]);
    expect(r.questions.map((q) => q.labels)).toEqual([t.csat.labels, t.ces.labels, t.nps.labels]);
    expect(r.questions.map((q) => q.followUp)).toEqual([t.csat.followUp, t.ces.followUp, t.nps.followUp]);
    expect(r.questions[1]!.aspects).toEqual([
      { key: 'courtesy', label: t.aspects.courtesy },
      { key: 'competence', label: t.aspects.competence },
      { key: 'speed', label: t.aspects.speed },
    ]);
    expect(r.thanks).toBe(t.thanks);
  });
});

describe('pickLang with the shipped languages', () => {
  it('maps regional tags to the primary language', () => {
    expect(pickLang(['pt-BR'], CODES, 'en')).toBe('pt');
    expect(pickLang(['de-AT'], CODES, 'en')).toBe('de');
  });

  it('falls back when the language is not shipped', () => {
    expect(pickLang(['ja'], CODES, 'it')).toBe('it');
  });
});
