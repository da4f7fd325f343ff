// A survey definition (stored per site): which questions in which order, follow-ups, CES aspects,
// and wording overrides per language on top of the shipped texts in shared/i18n.
import * as v from 'valibot';
import { FreeText, Lang, Slug } from './common';

export const QUESTION_KINDS = ['csat', 'ces', 'nps'] as const;
export const QuestionKind = v.picklist(QUESTION_KINDS, 'Must be "csat", "ces" or "nps"');
export type QuestionKind = v.InferOutput<typeof QuestionKind>;

export const DEFAULT_ASPECTS = ['courtesy', 'competence', 'speed'] as const;

export const Question = v.strictObject({
  kind: QuestionKind,
  /** Ask a free-text follow-up after the score. */
  followUp: v.optional(v.boolean(), true),
  /** CES only: aspects of the contact to rate 1–5; [] for none. */
  aspects: v.optional(v.pipe(v.array(Slug), v.maxLength(12))),
});

const Text = v.pipe(FreeText(500), v.string('Must not be empty'));

const FollowUpText = v.partial(v.strictObject({ negative: Text, neutral: Text, positive: Text }));

const QuestionText = v.partial(
  v.strictObject({
    prompt: Text,
    /** csat and ces: the five point labels; nps: the two anchors (0 and 10). */
    labels: v.array(Text),
    followUp: FollowUpText,
  }),
);

export const TextOverride = v.partial(
  v.strictObject({
    title: Text,
    csat: QuestionText,
    ces: QuestionText,
    nps: QuestionText,
    aspectsPrompt: Text,
    aspects: v.record(Slug, Text),
    commentLabel: Text,
    next: Text,
    send: Text,
    thanks: Text,
    dismiss: Text,
  }),
);
export type TextOverride = v.InferOutput<typeof TextOverride>;

export const SurveyDefinition = v.strictObject({
  questions: v.pipe(
    v.array(Question),
    v.minLength(1, 'A survey asks at least one question'),
    v.maxLength(3, 'A survey asks at most three questions'),
    v.check((qs) => new Set(qs.map((q) => q.kind)).size === qs.length, 'Each question kind at most once'),
  ),
  defaultLang: v.optional(Lang, 'en'),
  text: v.optional(v.record(v.pipe(v.string(), v.regex(/^[a-z]{2,3}$/, 'Use a language code such as "it"')), TextOverride), {}),
});
export type SurveyDefinition = v.InferOutput<typeof SurveyDefinition>;
export type Question = v.InferOutput<typeof Question>;
