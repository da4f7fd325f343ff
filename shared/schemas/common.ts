// Building blocks for the request schemas: identifiers, scores and free text that is safe to store.
import * as v from 'valibot';

// A UTF-16 string with an unpaired surrogate cannot be encoded as UTF-8 faithfully.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F]/;
// Free text may keep tabs and line breaks, nothing else below U+0020.
// eslint-disable-next-line no-control-regex
const CONTROL_IN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

// Invisible format characters (Unicode Cf: zero-width, direction controls, soft hyphen, tags) and
// line/paragraph separators: in an ID they make look-alikes of "mario" or reorder what is shown (issue #10).
const INVISIBLE = /[\p{Cf}\p{Zl}\p{Zp}]/u;

const wellFormed = v.check((s: string) => !LONE_SURROGATE.test(s), 'Must be valid Unicode text');

/** A lowercase identifier used in URLs and embed attributes: site, survey, aspect keys. */
export const Slug = v.pipe(
  v.string('Must be a string'),
  v.regex(/^[a-z0-9][a-z0-9_-]{0,62}$/, 'Use 1–63 lowercase letters, digits, "-" or "_"'),
);

/**
 * An ID as it may already be stored, for finding and erasing it: matched exactly, so rows stored
 * before Label() refused invisible characters and normalised to NFC can still be erased.
 */
export function StoredLabel(max: number) {
  return v.pipe(
    v.string('Must be a string'),
    v.trim(),
    v.minLength(1, 'Must not be empty'),
    v.maxLength(max, `Must be at most ${max} characters`),
    v.check((s) => !CONTROL.test(s), 'Must not contain control characters'),
    wellFormed,
  );
}

/** A short single-line label or opaque ID: ticket, agent, channel, customer; stored in NFC. */
export function Label(max: number) {
  return v.pipe(
    v.string('Must be a string'),
    // Before trim, which would quietly drop a leading U+FEFF or a trailing U+2028.
    v.check((s) => !INVISIBLE.test(s), 'Must not contain invisible formatting characters (zero-width, direction marks, separators)'),
    // One spelling per text: "é" typed as one code point or as "e" + U+0301 is one agent.
    v.normalize('NFC'),
    StoredLabel(max),
  );
}

/** Multi-line free text such as a follow-up comment; empty after trimming counts as absent. */
export function FreeText(max: number) {
  return v.pipe(
    v.string('Must be a string'),
    v.maxLength(max, `Must be at most ${max} characters`),
    v.check((s) => !CONTROL_IN_TEXT.test(s), 'Must not contain control characters'),
    wellFormed,
    v.trim(),
    v.transform((s) => (s === '' ? undefined : s)),
  );
}

/** An integer answer on a scale; "5", 4.5, NaN and null are all refused. */
export function Score(min: number, max: number) {
  return v.pipe(
    v.number('Must be a number'),
    v.integer('Must be a whole number'),
    v.minValue(min, `Must be between ${min} and ${max}`),
    v.maxValue(max, `Must be between ${min} and ${max}`),
  );
}

/** A language tag (BCP 47 shape); stored as its lowercase primary subtag, "pt-BR" → "pt". */
export const Lang = v.pipe(
  v.string('Must be a string'),
  v.maxLength(35, 'Must be at most 35 characters'),
  v.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'Must be a language tag such as "it" or "en-GB"'),
  v.transform((s) => s.split('-')[0]!.toLowerCase()),
);

/** An origin as a browser sends it: scheme://host[:port], no path. */
export const Origin = v.pipe(
  v.string('Must be a string'),
  v.maxLength(256),
  v.check((s) => {
    try {
      const u = new URL(s);
      return (u.protocol === 'https:' || u.protocol === 'http:') && u.origin === s.replace(/\/$/, '');
    } catch {
      return false;
    }
  }, 'Must be an origin such as https://support.example.com (scheme, host and port only)'),
  v.transform((s) => new URL(s).origin),
);

/** A JSON object (not an array or null) checked by `schema`: valibot's object schemas take arrays too. */
export function JsonObject<S extends v.GenericSchema>(schema: S, message = 'Must be a JSON object') {
  return v.pipe(
    v.custom<unknown>((x) => typeof x === 'object' && x !== null && !Array.isArray(x), message),
    schema,
  );
}
