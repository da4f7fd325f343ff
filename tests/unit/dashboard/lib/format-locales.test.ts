// lib/format and lib/dates in two languages: the same numbers and days written as English and Italian
// readers write them, and formatters that follow a switch of language instead of the first one used.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../../dashboard/src/lib/i18n';
import { count, duration, num, pct, share, signed, signedPct, waitText } from '../../../../dashboard/src/lib/format';
import { fmtDay, fmtPoint, fmtRange, fmtTime, PRESETS } from '../../../../dashboard/src/lib/dates';

afterEach(() => setLang('en'));

const MINUS = '\u2212';

describe('numbers in the language in force', () => {
  it.each([
    ['en', () => num(1234.5, 1), '1,234.5'],
    ['it', () => num(1234.5, 1), '1.234,5'],
    ['it', () => num(1234), '1.234'],
    ['it', () => num(-3.25, 2), `${MINUS}3,25`],
    ['en', () => signed(12.34, 1), '+12.3'],
    ['it', () => signed(12.34, 1), '+12,3'],
    ['it', () => signed(-0.04, 1), '0,0'],
    ['en', () => pct(77.26), '77.3%'],
    ['it', () => pct(77.26), '77,3%'],
    ['it', () => pct(null), '—'],
    ['it', () => share(1, 3), '33%'],
    ['it', () => signedPct(12), '+12%'],
    ['en', () => count(1, { one: 'answer', other: 'answers' }), '1 answer'],
    ['it', () => count(1234, { one: 'risposta', other: 'risposte' }), '1.234 risposte'],
    ['en', () => waitText(45), '45 seconds'],
    ['it', () => waitText(61), '2 minuti'],
    ['it', () => waitText(1), '1 secondo'],
  ] as const)('in %s gives %s', (lang, make, want) => {
    setLang(lang);
    expect(make()).toBe(want);
  });

  it('writes Polish counts in their few and many forms', () => {
    setLang('pl');
    const f = { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' };
    expect([1, 2, 5, 22].map((n) => count(n, f))).toEqual(['1 minutę', '2 minuty', '5 minut', '22 minuty']);
  });

  it('follows a switch of language after formatting in another', () => {
    setLang('en');
    expect(num(1234.5, 1)).toBe('1,234.5');
    setLang('it');
    expect(num(1234.5, 1)).toBe('1.234,5');
    setLang('de');
    expect(pct(77.26)).toBe('77,3\u00a0%');
  });
});

describe('dates and presets in the language in force', () => {
  it('names the month in the language', () => {
    setLang('it');
    expect(fmtDay('2026-10-03')).toBe('3 ott 2026');
    expect(fmtPoint('2026-10-01', 'month')).toBe('ott 2026');
    expect(fmtRange('2026-10-01', '2026-10-30')).toBe('1 ott 2026 – 30 ott 2026');
    expect(fmtTime('2026-10-03T12:05:00Z')).toMatch(/^3 ott 2026, \d\d:05$/);
    setLang('en');
    expect(fmtDay('2026-10-03')).toBe('Oct 3, 2026');
    expect(fmtPoint('2026-10-03', 'day')).toBe('Oct 3');
  });

  it('reads the preset labels when they are shown, not when the module loaded', () => {
    expect(PRESETS.map((p) => p.label)).toContain('Last 30 days');
    setLang('it');
    expect(PRESETS.map((p) => p.label)).toEqual(['Ultimi 7 giorni', 'Ultimi 30 giorni', 'Ultimi 90 giorni', 'Questo mese', 'Mese scorso']);
  });

  it('keeps a day it cannot read as it is', () => {
    setLang('it');
    expect(fmtDay('not a day')).toBe('not a day');
  });
});

describe('durations in the language in force', () => {
  it.each([
    ['en', 0.4, '<1 min'],
    ['en', 42, '42 min'],
    ['en', 59.6, '1 hr'],
    ['en', 1310, '21 hr 50 min'],
    ['it', 42, '42 min'],
    ['it', 1310, '21 h 50 min'],
    ['it', 1260, '21 h'],
    ['it', 5900, '4,1 giorni'],
    ['it', 1440, '1 giorno'],
    ['it', 20_000, '14 giorni'],
    ['de', 1310, '21 Std. 50 Min.'],
    ['fr', 5900, '4,1\u202fj'],
    ['pl', 125, '2 godz. 5 min'],
    ['nl', 2880, '2 dagen'],
    ['en', null, '—'],
  ] as const)('in %s writes %d minutes as %s', (lang, minutes, want) => {
    setLang(lang);
    expect(duration(minutes)).toBe(want);
  });
});
