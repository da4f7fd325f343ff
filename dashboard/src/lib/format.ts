// Numbers as people read them in the dashboard's language (lib/i18n locale()): rounded with shared/metrics
// round, a true minus sign, "—" for none. Formatters are made for the locale in force, so a switch of
// language takes effect at the next render.
import { round } from '../../../shared/metrics/round';
import { lang, locale, tr, type Text } from './i18n';

export const NONE = '—';
const MINUS = '\u2212';

const formats = new Map<string, Intl.NumberFormat>();
function numberFormat(digits: number, style: 'decimal' | 'percent' = 'decimal'): Intl.NumberFormat {
  const key = `${locale()}|${digits}|${style}`;
  let f = formats.get(key);
  if (!f) {
    // 'always': it, es and pl would otherwise write 1234 but 12.345 (CLDR's minimum grouping), uneven in a
    // table; the project's TypeScript lib predates the string values (ES2023 Intl), hence the cast.
    f = new Intl.NumberFormat(locale(), { style, useGrouping: 'always' as unknown as boolean, minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(key, f);
  }
  return f;
}

/** 1234.5 → "1,234.5" (en), "1.234,5" (it); −3 → "−3". */
export function num(value: number, digits = 0): string {
  const r = round(value, digits);
  const s = numberFormat(digits).format(Math.abs(r));
  return r < 0 ? MINUS + s : s;
}

/** Like num, with "+" on positive numbers: an NPS or a change. */
export function signed(value: number, digits = 0): string {
  const r = round(value, digits);
  return r > 0 ? `+${num(r, digits)}` : num(r, digits);
}

/** A percentage given as 0–100, written as the locale writes one: "77.3%" (en), "77,3%" (it), "77,3 %" (fr, de). */
function percent(value: number, digits: number): string {
  const r = round(value, digits);
  const s = numberFormat(digits, 'percent').format(Math.abs(r) / 100);
  return r < 0 ? MINUS + s : s;
}

export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? NONE : percent(value, digits);
}

/** Like pct, with "+" on positive numbers: a change in percent ("+12%", "+12 %" in French). */
export function signedPct(value: number, digits = 0): string {
  const r = round(value, digits);
  return r > 0 ? `+${percent(r, digits)}` : percent(r, digits);
}

/** Share of `part` in `whole` as a whole percent ("0%" when whole is 0). */
export function share(part: number, whole: number): string {
  return percent(whole ? (100 * part) / whole : 0, 0);
}

/** A noun's forms by the language's plural rules (Intl.PluralRules): one, other, and Polish's few/many. */
export interface Forms {
  one: string;
  other: string;
  few?: string;
  many?: string;
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of a noun for `n` in the current language: forms(1) "risposta", forms(2) "risposte". */
export function form(n: number, f: Forms): string {
  let r = rules.get(lang());
  if (!r) rules.set(lang(), (r = new Intl.PluralRules(lang())));
  const k = r.select(n);
  return (k === 'one' ? f.one : k === 'few' ? f.few : k === 'many' ? f.many : undefined) ?? f.other;
}

/** "1,234 answers", "1.234 risposte": the number and the noun's form for it. */
export function count(n: number, f: Forms): string {
  return `${num(n)} ${form(n, f)}`;
}

const UNITS = {
  en: { s: { one: 'second', other: 'seconds' }, m: { one: 'minute', other: 'minutes' } },
  it: { s: { one: 'secondo', other: 'secondi' }, m: { one: 'minuto', other: 'minuti' } },
  es: { s: { one: 'segundo', other: 'segundos' }, m: { one: 'minuto', other: 'minutos' } },
  fr: { s: { one: 'seconde', other: 'secondes' }, m: { one: 'minute', other: 'minutes' } },
  de: { s: { one: 'Sekunde', other: 'Sekunden' }, m: { one: 'Minute', other: 'Minuten' } },
  pt: { s: { one: 'segundo', other: 'segundos' }, m: { one: 'minuto', other: 'minutos' } },
  pl: { s: { one: 'sekundę', few: 'sekundy', many: 'sekund', other: 'sekundy' }, m: { one: 'minutę', few: 'minuty', many: 'minut', other: 'minuty' } },
  nl: { s: { one: 'seconde', other: 'seconden' }, m: { one: 'minuut', other: 'minuten' } },
} satisfies Text<{ s: Forms; m: Forms }>;

/** "45 seconds", "1 minute", "15 minuti": a wait rounded up to whole minutes from a minute on. */
export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  const u = tr(UNITS);
  if (s < 60) return count(s, u.s);
  return count(Math.ceil(s / 60), u.m);
}

const unitFormats = new Map<string, Intl.NumberFormat>();
/** "42 min", "21 h", "4,1 giorni": CLDR's short unit, as the locale in force writes it. */
function unit(value: number, u: 'minute' | 'hour' | 'day', digits = 0): string {
  const key = `${locale()}|${u}|${digits}`;
  let f = unitFormats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(), { style: 'unit', unit: u, unitDisplay: 'short', minimumFractionDigits: digits, maximumFractionDigits: digits });
    unitFormats.set(key, f);
  }
  return f.format(value);
}

/**
 * A duration given in minutes, as a support manager says it: "<1 min", "42 min", "3 h 5 min" (hours and
 * minutes under a day), "1.5 days" (one decimal under ten days), "12 days"; "—" for none. The units are
 * the locale's own (Intl), so Italian reads "21 h 50 min" and "4,1 giorni".
 */
export function duration(minutes: number | null | undefined): string {
  if (minutes === null || minutes === undefined || !Number.isFinite(minutes)) return NONE;
  const m = Math.round(Math.max(0, minutes));
  if (minutes < 1) return `<${unit(1, 'minute')}`;
  if (m < 60) return unit(m, 'minute');
  if (m < 24 * 60) {
    const h = Math.floor(m / 60);
    return m % 60 ? `${unit(h, 'hour')} ${unit(m % 60, 'minute')}` : unit(h, 'hour');
  }
  const days = round(minutes / (24 * 60), 1);
  return days < 10 ? unit(days, 'day', days % 1 ? 1 : 0) : unit(Math.round(days), 'day');
}
