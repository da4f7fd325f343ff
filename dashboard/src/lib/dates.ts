// Date ranges as the API takes them (YYYY-MM-DD, both ends included): presets, defaults and labels.

export type Preset = '7' | '30' | '90' | 'month' | 'last-month';

export const PRESETS: { id: Preset; label: string }[] = [
  { id: '7', label: 'Last 7 days' },
  { id: '30', label: 'Last 30 days' },
  { id: '90', label: 'Last 90 days' },
  { id: 'month', label: 'This month' },
  { id: 'last-month', label: 'Last month' },
];

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

const dayFmt = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const shortFmt = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthFmt = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const timeFmt = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** "3 Oct 2026" */
export function fmtDay(day: string): string {
  return ISO.test(day) ? dayFmt.format(utc(day)) : day;
}

/** "3 Oct" (day, week) or "Oct 2026" (month): the label of a trend point. */
export function fmtPoint(day: string, interval: 'day' | 'week' | 'month'): string {
  const d = utc(day.slice(0, 10));
  if (Number.isNaN(d.getTime())) return day;
  return interval === 'month' ? monthFmt.format(d) : shortFmt.format(d);
}

/** "3 Oct 2026, 14:05" in the reader's time zone. */
export function fmtTime(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : timeFmt.format(d);
}

export function fmtRange(from: string, to: string): string {
  return from === to ? fmtDay(from) : `${fmtDay(from)} – ${fmtDay(to)}`;
}
