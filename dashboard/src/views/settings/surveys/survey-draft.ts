// The survey form's draft and the definition it sends: questions, CES aspects, the labels of custom
// aspects (one field per shipped language, kept out of the wording JSON), default language, wording.
import { isShippedAspect, SHIPPED_LANGS } from '../../../../../shared/i18n/aspects';
import type { Question, QuestionKind, SurveyDefinition } from '../../../../../shared/schemas/survey';
import type { FieldIssue } from '../../../lib/api';
import { lang, tr } from '../../../lib/i18n';
import type { Row } from './survey-questions';
import { T } from './survey-draft.text';

const KINDS: QuestionKind[] = ['csat', 'ces', 'nps'];
const DEFAULT_ASPECTS = 'courtesy, competence, speed';
export const SLUG = /^[a-z0-9][a-z0-9_-]{0,62}$/;

const names = new Map<string, Intl.DisplayNames>();
/** A language code as the editor names it, in the dashboard's language: "German (de)", "Tedesco (de)". */
export function langName(code: string): string {
  const ui = lang();
  let n = names.get(ui);
  if (!n) names.set(ui, (n = new Intl.DisplayNames([ui], { type: 'language' })));
  let name = code;
  try {
    name = n.of(code) ?? code;
  } catch {
    // Not a well-formed code (typed into the JSON): show it as it is.
  }
  return `${name.charAt(0).toLocaleUpperCase(ui)}${name.slice(1)} (${code})`;
}

/** Labels of custom aspects: aspect key → language → label as typed. */
export type Labels = Record<string, Record<string, string>>;

export interface Draft {
  rows: Row[];
  aspects: string;
  labels: Labels;
  lang: string;
  text: string;
}

type Text = Record<string, Record<string, unknown>>;
const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

export function aspectsOf(s: string): string[] {
  return s
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The aspects in the list that need labels of their own: valid keys without shipped wording, once each. */
export function customAspects(s: string): string[] {
  return [...new Set(aspectsOf(s).filter((a) => SLUG.test(a) && !isShippedAspect(a)))];
}

export function aspectsProblem(s: string): string {
  const list = aspectsOf(s);
  const bad = list.filter((a) => !SLUG.test(a));
  if (bad.length) return tr(T).badAspect(bad.join(', '));
  if (list.length > 12) return tr(T).tooMany;
  return '';
}

export function toDraft(def: SurveyDefinition | undefined): Draft {
  const qs: Question[] = def?.questions ?? KINDS.map((kind) => ({ kind, followUp: true }));
  const asked: Row[] = qs.map((q) => ({ kind: q.kind, ask: true, followUp: q.followUp }));
  const rest: Row[] = KINDS.filter((k) => !qs.some((q) => q.kind === k)).map((kind) => ({
    kind,
    ask: false,
    followUp: true,
  }));
  const ces = qs.find((q) => q.kind === 'ces');
  const aspects = ces?.aspects ? ces.aspects.join(', ') : DEFAULT_ASPECTS;
  // Custom aspects' labels in the shipped languages move to their fields; the rest stays in the JSON.
  const text = structuredClone((def?.text ?? {}) as Text);
  const labels: Labels = {};
  for (const key of customAspects(aspects)) {
    labels[key] = {};
    for (const lang of SHIPPED_LANGS) {
      const own = text[lang]?.aspects;
      if (!isObject(own) || !Object.hasOwn(own, key)) continue;
      labels[key][lang] = String(own[key]);
      delete own[key];
      if (!Object.keys(own).length) delete text[lang]!.aspects;
      if (!Object.keys(text[lang]!).length) delete text[lang];
    }
  }
  return {
    rows: [...asked, ...rest],
    aspects,
    labels,
    lang: def?.defaultLang ?? 'en',
    text: JSON.stringify(text, null, 2),
  };
}

/** The parsed overrides, or why they are not a JSON object. */
export function parseText(s: string): { value?: Record<string, unknown>; error?: string } {
  if (!s.trim()) return { value: {} };
  try {
    const v: unknown = JSON.parse(s);
    if (!isObject(v))
      return { error: tr(T).notObject };
    return { value: v };
  } catch (err) {
    return { error: tr(T).notJson((err as Error).message) };
  }
}

/** The definition to PUT: the asked questions in order, and the wording with the custom aspects' labels. */
export function toDefinition(draft: Draft, text: Record<string, unknown>): SurveyDefinition {
  const aspects = aspectsOf(draft.aspects);
  const cesAsked = draft.rows.some((r) => r.kind === 'ces' && r.ask);
  const merged = structuredClone(text) as Text;
  // The fields win over the same label typed in the JSON; blank fields send nothing (the check says so).
  for (const key of cesAsked ? customAspects(draft.aspects) : []) {
    for (const lang of SHIPPED_LANGS) {
      const label = draft.labels[key]?.[lang]?.trim();
      const o = merged[lang];
      if (!label || (o !== undefined && !isObject(o))) continue;
      merged[lang] = { ...o, aspects: { ...(isObject(o?.aspects) ? o.aspects : {}), [key]: label } };
    }
  }
  return {
    questions: draft.rows
      .filter((r) => r.ask)
      .map((r) =>
        r.kind === 'ces'
          ? { kind: r.kind, followUp: r.followUp, aspects }
          : { kind: r.kind, followUp: r.followUp },
      ),
    defaultLang: draft.lang,
    text: merged as SurveyDefinition['text'],
  };
}

/** The server's issues about aspect labels: by aspect its message, and by aspect and language a field's. */
export interface LabelIssues {
  aspects: Record<string, string>;
  fields: Record<string, Record<string, string>>;
}

export const NO_LABEL_ISSUES: LabelIssues = { aspects: {}, fields: {} };

/**
 * Sorts the issues of a refused PUT onto the label fields: `questions.<i>.aspects.<j>` names an aspect
 * of the definition sent, `text.<lang>.aspects.<key>` one of its labels.
 */
export function labelIssues(issues: readonly FieldIssue[], sent: SurveyDefinition): LabelIssues {
  const out: LabelIssues = { aspects: {}, fields: {} };
  for (const { path = '', message = '' } of issues) {
    const listed = /^questions\.(\d+)\.aspects\.(\d+)$/.exec(path);
    const key = listed ? sent.questions[Number(listed[1])]?.aspects?.[Number(listed[2])] : undefined;
    if (key) out.aspects[key] ??= message;
    const label = /^text\.([a-z]{2,3})\.aspects\.([a-z0-9_-]+)$/.exec(path);
    if (label) (out.fields[label[2]!] ??= {})[label[1]!] ??= message;
  }
  return out;
}
