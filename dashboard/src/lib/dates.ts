// Date ranges as the API takes them (YYYY-MM-DD, both ends included): presets, defaults and labels,
// the labels and dates in the dashboard's language (lib/i18n).
import { locale, tr, type Text } from './i18n';

export type Preset = '7' | '30' | '90' | 'month' | 'last-month';

const PRESET_TEXT = {
  en: { '7': 'Last 7 days', '30': 'Last 30 days', '90': 'Last 90 days', month: 'This month', 'last-month': 'Last month' },
  it: { '7': 'Ultimi 7 giorni', '30': 'Ultimi 30 giorni', '90': 'Ultimi 90 giorni', month: 'Questo mese', 'last-month': 'Mese scorso' },
  es: { '7': 'Últimos 7 días', '30': 'Últimos 30 días', '90': 'Últimos 90 días', month: 'Este mes', 'last-month': 'Mes pasado' },
  fr: { '7': '7 derniers jours', '30': '30 derniers jours', '90': '90 derniers jours', month: 'Ce mois-ci', 'last-month': 'Mois dernier' },
  de: { '7': 'Letzte 7 Tage', '30': 'Letzte 30 Tage', '90': 'Letzte 90 Tage', month: 'Dieser Monat', 'last-month': 'Letzter Monat' },
  pt: { '7': 'Últimos 7 dias', '30': 'Últimos 30 dias', '90': 'Últimos 90 dias', month: 'Este mês', 'last-month': 'Mês passado' },
  pl: { '7': 'Ostatnie 7 dni', '30': 'Ostatnie 30 dni', '90': 'Ostatnie 90 dni', month: 'Ten miesiąc', 'last-month': 'Poprzedni miesiąc' },
  nl: { '7': 'Laatste 7 dagen', '30': 'Laatste 30 dagen', '90': 'Laatste 90 dagen', month: 'Deze maand', 'last-month': 'Vorige maand' },
} satisfies Text<Record<Preset, string>>;

function preset(id: Preset): { id: Preset; label: string } {
  return {
    id,
    get label() {
      return tr(PRESET_TEXT)[id];
    },
  };
}

/** The presets; each label is read in the language in force when it is shown. */
export const PRESETS: { id: Preset; readonly label: string }[] = (['7', '30', '90', 'month', 'last-month'] as const).map(preset);

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** The local calendar date as YYYY-MM-DD. */
export function isoDay(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

let siteZone: string | undefined;

/** The shown site's time zone (SiteInfo.timezone): its days are the API's days, and "today" is its today. */
export function setSiteZone(zone: string | undefined): void {
  siteZone = zone;
}

/** Today in the site's time zone (the reader's without one), as a local Date for the calendar arithmetic below. */
export function siteToday(now = new Date(), zone = siteZone): Date {
  if (!zone) return now;
  const [y, m, d] = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(now)
    .split('-')
    .map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function presetRange(p: Preset, today = siteToday()): { from: string; to: string } {
  const y = today.getFullYear();
  const m = today.getMonth();
  switch (p) {
    case 'month':
      return { from: isoDay(new Date(y, m, 1)), to: isoDay(today) };
    case 'last-month':
      return { from: isoDay(new Date(y, m - 1, 1)), to: isoDay(new Date(y, m, 0)) };
    default:
      return { from: isoDay(new Date(y, m, today.getDate() - Number(p) + 1)), to: isoDay(today) };
  }
}

/** The preset these dates are, if any. */
export function matchPreset(from: string, to: string): Preset | undefined {
  return PRESETS.find(({ id }) => {
    const r = presetRange(id);
    return r.from === from && r.to === to;
  })?.id;
}

/** The range in the URL, or the last 30 days when it is missing or malformed. */
export function rangeOf(q: URLSearchParams): { from: string; to: string } {
  const from = q.get('from') ?? '';
  const to = q.get('to') ?? '';
  if (ISO.test(from) && ISO.test(to) && from <= to) return { from, to };
  return presetRange('30');
}

function utc(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** Days from `from` to `to`, both included. */
export function daysIn(from: string, to: string): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000) + 1;
}

const formats = new Map<string, Intl.DateTimeFormat>();
/** A date format of the current locale, made on first use for that locale (a switch of language makes new ones). */
function dateFormat(name: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale()}|${name}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.DateTimeFormat(locale(), opts)));
  return f;
}
const dayFmt = () => dateFormat('day', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const shortFmt = () => dateFormat('short', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthFmt = () => dateFormat('month', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFmt = () => dateFormat('time', { dateStyle: 'medium', timeStyle: 'short' });

/** "3 Oct 2026" (en-GB), "Oct 3, 2026" (en-US), "3 ott 2026" (it) */
export function fmtDay(day: string): string {
  return ISO.test(day) ? dayFmt().format(utc(day)) : day;
}

/** "3 Oct" (day, week) or "Oct 2026" (month): the label of a trend point. */
export function fmtPoint(day: string, interval: 'day' | 'week' | 'month'): string {
  const d = utc(day.slice(0, 10));
  if (Number.isNaN(d.getTime())) return day;
  return interval === 'month' ? monthFmt().format(d) : shortFmt().format(d);
}

/** "3 Oct 2026, 14:05" (en-GB), "3 ott 2026, 14:05" (it) in the reader's time zone. */
export function fmtTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : timeFmt().format(d);
}

export function fmtRange(from: string, to: string): string {
  return from === to ? fmtDay(from) : `${fmtDay(from)} – ${fmtDay(to)}`;
}
