// Shipped languages and the resolution of a stored survey into the wording of one language.
import { sentiment } from '../metrics/sentiment';
import { DEFAULT_ASPECTS, type QuestionKind, type SurveyDefinition, type TextOverride } from '../schemas/survey';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import type { FollowUpText, PageText, QuestionText, SurveyText } from './types';

export type { FollowUpText, PageText, QuestionText, SurveyText };

export const LANGUAGES: Record<string, SurveyText> = { en, it, es, fr, de, pt, pl, nl };

/** The first of the candidates (e.g. ?lang=, then Accept-Language) that we can speak, else the fallback. */
export function pickLang(candidates: readonly (string | null | undefined)[], available: readonly string[], fallback: string): string {
  for (const c of candidates) {
    if (!c) continue;
    const primary = c.trim().split(/[-_]/)[0]!.toLowerCase();
    if (available.includes(primary)) return primary;
  }
  return available.includes(fallback) ? fallback : 'en';
}

export interface ResolvedQuestion {
  kind: QuestionKind;
  prompt: string;
  labels: string[];
  followUp: FollowUpText | null;
  aspects: { key: string; label: string }[];
}

export interface ResolvedSurvey {
  lang: string;
  title: string;
  questions: ResolvedQuestion[];
  aspectsPrompt: string;
  commentLabel: string;
  next: string;
  send: string;
  thanks: string;
  dismiss: string;
  back: string;
  /** "Question {n} of {m}". */
  progress: string;
  aspectAnchors: [string, string];
}

function mergeQuestion(base: QuestionText, o: TextOverride['csat']): QuestionText {
  const labels = o?.labels && o.labels.length === base.labels.length ? o.labels : base.labels;
  return { prompt: o?.prompt ?? base.prompt, labels, followUp: { ...base.followUp, ...o?.followUp } };
}

/** The survey as the widget and the email page render it, in `lang`. */
export function resolveSurvey(def: SurveyDefinition, lang: string): ResolvedSurvey {
  const base = LANGUAGES[lang] ?? LANGUAGES[def.defaultLang] ?? en;
  const o: TextOverride = def.text[lang] ?? {};
  // A custom aspect without wording in this language borrows the survey's default language's.
  const fallback = def.text[def.defaultLang]?.aspects;
  const aspectLabels: Record<string, string> = { ...fallback, ...base.aspects, ...o.aspects };
  return {
    lang,
    title: o.title ?? base.title,
    questions: def.questions.map((q) => {
      const text = mergeQuestion(base[q.kind], o[q.kind]);
      const keys = q.kind === 'ces' ? (q.aspects ?? [...DEFAULT_ASPECTS]) : [];
      return {
        kind: q.kind,
        prompt: text.prompt,
        labels: text.labels,
        followUp: q.followUp ? text.followUp : null,
        aspects: keys.map((key) => ({ key, label: aspectLabels[key] ?? key })),
      };
    }),
    aspectsPrompt: o.aspectsPrompt ?? base.aspectsPrompt,
    commentLabel: o.commentLabel ?? base.commentLabel,
    next: o.next ?? base.next,
    send: o.send ?? base.send,
    thanks: o.thanks ?? base.thanks,
    dismiss: o.dismiss ?? base.dismiss,
    back: base.back,
    progress: base.progress,
    aspectAnchors: base.aspectAnchors,
  };
}

/** Languages a survey can be shown in: the shipped ones plus any it has wording for. */
export function surveyLanguages(def: SurveyDefinition): string[] {
  return [...new Set([...Object.keys(LANGUAGES), ...Object.keys(def.text)])];
}

/**
 * The follow-up prompt a comment answers: the most negative answer's, as the widget and the email
 * page ask it (the widget keeps its own copy of this rule, for its size budget).
 */
export function followUpPrompt(survey: ResolvedSurvey, answers: Partial<Record<QuestionKind, number | null>>): string {
  const moods = survey.questions
    .filter((q) => q.followUp && answers[q.kind] != null)
    .map((q) => ({ q, m: sentiment(q.kind, answers[q.kind]!) }));
  const pick = moods.find((x) => x.m === 'negative') ?? moods.find((x) => x.m === 'neutral') ?? moods[0];
  return pick ? pick.q.followUp![pick.m] : survey.commentLabel;
}
