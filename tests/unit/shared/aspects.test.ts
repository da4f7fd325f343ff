import { describe, expect, it } from 'vitest';
import { DEFAULT_SURVEY } from '../../../shared/demo';
import { LANGUAGES } from '../../../shared/i18n';
import { isShippedAspect, missingAspectLabels, surveyIssues } from '../../../shared/i18n/aspects';
import type { SurveyDefinition } from '../../../shared/schemas/survey';

const ALL = Object.keys(LANGUAGES);

/** `label` in each of `langs` under text[lang].aspects[key]. */
function labelled(key: string, langs: string[], label = (l: string) => `${key} (${l})`): SurveyDefinition['text'] {
  return Object.fromEntries(langs.map((l) => [l, { aspects: { [key]: label(l) } }]));
}

function survey(aspects: string[] | undefined, text: SurveyDefinition['text'] = {}, kind: 'ces' | 'csat' = 'ces'): SurveyDefinition {
  return { questions: [{ kind: 'nps', followUp: true }, { kind, followUp: true, aspects }], defaultLang: 'en', text };
}

describe('surveyIssues', () => {
  it.each<[string, SurveyDefinition]>([
    ['no CES question', { questions: [{ kind: 'nps', followUp: true }], defaultLang: 'en', text: {} }],
    ['a CES question without an aspect list (the shipped defaults)', survey(undefined)],
    ['a CES question with no aspects', survey([])],
    ['shipped aspects only', survey(['speed', 'courtesy', 'competence'])],
    ['shipped aspects with a few overrides', survey(['speed'], labelled('speed', ['it'], () => 'Rapidità'))],
    ['a custom aspect with a label in every shipped language', survey(['empathy', 'speed'], labelled('empathy', ALL))],
    ['a custom aspect list on a question that is not CES (never shown)', survey(['empathy'], {}, 'csat')],
    ['the survey every new site starts with', DEFAULT_SURVEY],
  ])('finds nothing wrong with %s', (_, def) => {
    expect(surveyIssues(def)).toEqual([]);
  });

  it.each<[string, SurveyDefinition, { path: string; message: string }[]]>([
    [
      'a custom aspect with no labels at all',
      survey(['empathy']),
      [{ path: 'questions.1.aspects.0', message: 'Aspect "empathy" needs a label in: de, en, es, fr, it, nl, pl, pt' }],
    ],
    [
      'a custom aspect missing three languages',
      survey(['speed', 'empathy'], labelled('empathy', ['en', 'it', 'es', 'pt', 'pl'])),
      [{ path: 'questions.1.aspects.1', message: 'Aspect "empathy" needs a label in: de, fr, nl' }],
    ],
    [
      'a label that is only spaces',
      survey(['product-knowledge'], labelled('product-knowledge', ALL, (l) => (l === 'de' ? '   ' : 'Product knowledge'))),
      [{ path: 'questions.1.aspects.0', message: 'Aspect "product-knowledge" needs a label in: de' }],
    ],
    [
      'two custom aspects, each missing something',
      survey(['empathy', 'price'], { ...labelled('empathy', ['en']), it: { aspects: { empathy: 'Empatia', price: 'Prezzo' } } }),
      [
        { path: 'questions.1.aspects.0', message: 'Aspect "empathy" needs a label in: de, es, fr, nl, pl, pt' },
        { path: 'questions.1.aspects.1', message: 'Aspect "price" needs a label in: de, en, es, fr, nl, pl, pt' },
      ],
    ],
    [
      'labels only in a language that is not shipped',
      survey(['empathy'], labelled('empathy', ['ja'])),
      [{ path: 'questions.1.aspects.0', message: 'Aspect "empathy" needs a label in: de, en, es, fr, it, nl, pl, pt' }],
    ],
    [
      'a key that names a property every object has',
      survey(['constructor']),
      [{ path: 'questions.1.aspects.0', message: 'Aspect "constructor" needs a label in: de, en, es, fr, it, nl, pl, pt' }],
    ],
    [
      'the same custom aspect listed twice (named once)',
      survey(['empathy', 'empathy'], labelled('empathy', ALL.filter((l) => l !== 'nl'))),
      [{ path: 'questions.1.aspects.0', message: 'Aspect "empathy" needs a label in: nl' }],
    ],
  ])('refuses %s', (_, def, issues) => {
    expect(surveyIssues(def)).toEqual(issues);
  });
});

describe('missingAspectLabels', () => {
  it('lists each custom aspect’s missing languages in the shipped order, for the editor to mark its fields', () => {
    expect(missingAspectLabels(survey(['empathy'], labelled('empathy', ['en', 'it'])))).toEqual([
      { key: 'empathy', path: 'questions.1.aspects.0', langs: ['es', 'fr', 'de', 'pt', 'pl', 'nl'] },
    ]);
  });
});

describe('isShippedAspect', () => {
  it.each([
    ['courtesy', true],
    ['competence', true],
    ['speed', true],
    ['empathy', false],
    ['constructor', false],
    ['__proto__', false],
  ])('%s: %s', (key, shipped) => {
    expect(isShippedAspect(key)).toBe(shipped);
  });
});
