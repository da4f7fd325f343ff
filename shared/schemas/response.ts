// The body of POST /api/v1/responses (SPEC.md "Collector API"), as the widget and email page send it.
import * as v from 'valibot';
import { FreeText, JsonObject, Label, Lang, Score, Slug } from './common';

export const MAX_COMMENT = 5000;
export const MAX_ASPECTS = 12;

export const Answers = v.pipe(
  v.custom<unknown>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), 'Must be an object'),
  // Strict: a misspelt answer name must not be dropped silently.
  v.strictObject(
    {
      csat: v.optional(Score(1, 5)),
      ces: v.optional(Score(1, 5)),
      nps: v.optional(Score(0, 10)),
      comment: v.optional(FreeText(MAX_COMMENT)),
      aspects: v.optional(
        v.pipe(
          JsonObject(v.record(Slug, Score(1, 5)), 'Must be an object of aspect ratings'),
          v.check((a) => Object.keys(a).length <= MAX_ASPECTS, `At most ${MAX_ASPECTS} aspects`),
          v.check((a) => Object.keys(a).length > 0, 'Must rate at least one aspect'),
        ),
      ),
    },
    (issue) => (issue.expected === 'never' ? 'Unknown answer; expected csat, ces, nps, comment or aspects' : 'Must be an object'),
  ),
  v.check(
    (a) => a.csat !== undefined || a.ces !== undefined || a.nps !== undefined || a.comment !== undefined || a.aspects !== undefined,
    'At least one answer is required',
  ),
);

export const ResponseMeta = JsonObject(v.object(
  {
    agent: v.optional(Label(128)),
    channel: v.optional(Label(64)),
    customer: v.optional(Label(128)),
    url: v.optional(
      v.pipe(
        v.string('Must be a string'),
        v.maxLength(2048, 'Must be at most 2048 characters'),
        v.url('Must be a URL'),
        // Privacy: a query string or fragment may carry personal data, keep only where it was.
        v.transform((s) => {
          const u = new URL(s);
          return `${u.origin}${u.pathname}`.slice(0, 512);
        }),
      ),
    ),
  }),
  'Must be an object',
);

export const ResponseBody = JsonObject(v.object(
  {
    id: v.pipe(v.string('Must be a string'), v.uuid('Must be a UUID'), v.toLowerCase()),
    site: Slug,
    survey: Slug,
    ticket: v.optional(Label(128)),
    token: v.optional(v.pipe(v.string('Must be a string'), v.minLength(1), v.maxLength(1024))),
    answers: Answers,
    lang: v.optional(Lang),
    meta: v.optional(ResponseMeta),
  }),
);

export type ResponseBody = v.InferOutput<typeof ResponseBody>;
export type Answers = v.InferOutput<typeof Answers>;
