// Custom CES aspects need wording in every shipped language before a survey rates them: without it the
// widget and the email page would show the raw key. One check for the worker's routes and the editor.
// Here, not in shared/schemas: this file needs LANGUAGES, and shared/i18n already imports the schemas.
import type { FieldIssue } from '../schemas';
import type { SurveyDefinition } from '../schemas/survey';
import { LANGUAGES } from './index';

/** The shipped languages, in their order in LANGUAGES (en it es fr de pt pl nl). */
export const SHIPPED_LANGS: readonly string[] = Object.keys(LANGUAGES);

/** `obj[key]` if it is the object's own non-blank string ("constructor" is not a label). */
function ownText(obj: Record<string, unknown> | undefined, key: string): string | undefined {
  if (!obj || typeof obj !== 'object' || !Object.hasOwn(obj, key)) return undefined;
  const s = obj[key];
  return typeof s === 'string' && s.trim() !== '' ? s : undefined;
}

/** The label a shipped language file gives `key`, if any. */
export function shippedAspectLabel(key: string, lang: string): string | undefined {
  return Object.hasOwn(LANGUAGES, lang) ? ownText(LANGUAGES[lang]!.aspects, key) : undefined;
}

/** An aspect every shipped language has wording for (courtesy, competence, speed). */
export function isShippedAspect(key: string): boolean {
  return SHIPPED_LANGS.every((lang) => shippedAspectLabel(key, lang) !== undefined);
}

export interface MissingLabels {
  key: string;
  /** Where the aspect is listed: `questions.<i>.aspects.<j>` (its first listing). */
  path: string;
  /** Shipped languages without a label for it, in SHIPPED_LANGS order. */
  langs: string[];
}

/**
 * Each aspect the CES question rates that some shipped language cannot name: neither its language
 * file nor `text[lang].aspects` gives it a non-blank label. Takes an unvalidated definition too (the
 * editor checks before sending).
 */
export function missingAspectLabels(def: Pick<SurveyDefinition, 'questions' | 'text'>): MissingLabels[] {
  const out: MissingLabels[] = [];
  const seen = new Set<string>();
  const text = (def.text ?? {}) as Record<string, { aspects?: Record<string, unknown> } | undefined>;
  def.questions.forEach((q, i) => {
    // Only CES shows aspects; without a list it rates the shipped defaults.
    if (q.kind !== 'ces' || !q.aspects) return;
    q.aspects.forEach((key, j) => {
      if (seen.has(key)) return;
      seen.add(key);
      const langs = SHIPPED_LANGS.filter((lang) => {
        const own = Object.hasOwn(text, lang) ? text[lang]?.aspects : undefined;
        return shippedAspectLabel(key, lang) === undefined && ownText(own, key) === undefined;
      });
      if (langs.length) out.push({ key, path: `questions.${i}.aspects.${j}`, langs });
    });
  });
  return out;
}

/** Names the aspect and the languages it lacks: `Aspect "empathy" needs a label in: de, fr, nl`. */
export function missingLabelsMessage(m: Pick<MissingLabels, 'key' | 'langs'>): string {
  return `Aspect "${m.key}" needs a label in: ${[...m.langs].sort().join(', ')}`;
}

/** What a survey needs beyond its schema before it is stored, as field issues ([] when none). */
export function surveyIssues(def: Pick<SurveyDefinition, 'questions' | 'text'>): FieldIssue[] {
  return missingAspectLabels(def).map((m) => ({ path: m.path, message: missingLabelsMessage(m) }));
}
