// The shared request schemas at their edges: labels (ticket, agent, channel, customer) and days.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fieldIssues, Label, RangeQuery } from '../../../shared/schemas';

const label = Label(128);
const parse = (s: unknown) => v.safeParse(label, s);

describe('Label', () => {
  it.each([
    ['a plain name', 'mario', 'mario'],
    ['surrounding spaces, trimmed', '  mario  ', 'mario'],
    ['accents already composed', 'jos\u00e9', 'jos\u00e9'],
    ['accents typed as letter + combining mark, composed (NFC)', 'jose\u0301', 'jos\u00e9'],
    ['a Hangul name typed as jamo, composed', '\u1100\u1161', '\uac00'],
    ['right-to-left letters without direction marks', '\u05e9\u05dc\u05d5\u05dd', '\u05e9\u05dc\u05d5\u05dd'],
    ['emoji', 'team \u{1F680}', 'team \u{1F680}'],
    ['a no-break space inside', 'T\u00a01042', 'T\u00a01042'],
    ['exactly 128 characters', 'x'.repeat(128), 'x'.repeat(128)],
  ])('accepts %s', (_name, input, output) => {
    const r = parse(input);
    expect(r.success && r.output).toBe(output);
  });

  it('gives one value for "é" typed either way, so they are one agent', () => {
    const composed = v.parse(label, 'Andr\u00e9');
    const decomposed = v.parse(label, 'Andre\u0301');
    expect(decomposed).toBe(composed);
  });

  it.each([
    ['zero-width space', 'ma\u200brio'],
    ['zero-width non-joiner', 'ma\u200crio'],
    ['zero-width joiner', 'ma\u200drio'],
    ['word joiner', 'ma\u2060rio'],
    ['byte-order mark in the middle', 'ma\ufeffrio'],
    ['byte-order mark in front (trim would hide it)', '\ufeffmario'],
    ['left-to-right embedding', '\u202amario'],
    ['right-to-left override (spoofs "oiram")', '\u202emario'],
    ['pop directional formatting', 'mario\u202c'],
    ['left-to-right isolate … pop isolate', '\u2066mario\u2069'],
    ['first strong isolate', '\u2068mario'],
    ['left-to-right mark', 'mario\u200e'],
    ['right-to-left mark', '\u200fmario'],
    ['Arabic letter mark', 'mario\u061c'],
    ['soft hyphen (another Cf)', 'ma\u00adrio'],
    ['a tag character (another Cf)', 'mario\u{E0041}'],
    ['line separator', 'mario\u2028rossi'],
    ['paragraph separator', 'mario\u2029'],
    ['only a zero-width space', '\u200b'],
  ])('refuses %s with a field message', (_name, input) => {
    const r = parse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues.map((i) => i.message).join(' ')).toMatch(/invisible/i);
  });

  it.each([
    ['empty', '', /empty/],
    ['only spaces', '   ', /empty/],
    ['129 characters', 'x'.repeat(129), /at most 128/],
    ['a line feed inside', 'T-1\nT-2', /control/],
    ['NUL', 'a\u0000b', /control/],
    ['a lone surrogate', 'a\ud800b', /Unicode/],
    ['a number', 1042, /string/],
  ])('still refuses %s', (_name, input, message) => {
    const r = parse(input);
    expect(r.success).toBe(false);
    if (!r.success) expect(r.issues[0]!.message).toMatch(message);
  });
});

describe('Day (from and to of RangeQuery)', () => {
  it.each(['2026-11-23', '2026-02-28', '2024-02-29', '2000-02-29', '2026-12-31', '2026-01-01', '1970-01-01'])('accepts %s', (day) => {
    const r = v.safeParse(RangeQuery, { from: day, to: day });
    expect(r.success && [r.output.from, r.output.to]).toEqual([day, day]);
  });

  it.each([
    ['31 February', '2026-02-31'],
    ['30 February', '2026-02-30'],
    ['29 February of a common year', '2025-02-29'],
    ['29 February of 1900 (not a leap year)', '1900-02-29'],
    ['31 April', '2026-04-31'],
    ['month 13', '2026-13-01'],
    ['month 00', '2026-00-10'],
    ['day 00', '2026-01-00'],
    ['day 32', '2026-01-32'],
    ['a word', 'yesterday'],
    ['no zero padding', '2026-1-5'],
    ['a time too', '2026-01-05T00:00:00Z'],
    ['a year beyond four digits', '+02026-01-05'],
  ])('refuses %s (%s) as a field issue of "from" and of "to"', (_name, day) => {
    for (const key of ['from', 'to'] as const) {
      const r = v.safeParse(RangeQuery, { [key]: day });
      expect(r.success, `${key}=${day}`).toBe(false);
      if (!r.success) expect(fieldIssues(r.issues).map((i) => i.path)).toContain(key);
    }
  });
});
