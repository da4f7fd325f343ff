// A site's time zone (SPEC "Sites and people"): IANA names checked with Intl, the zone's UTC offsets
// over time (stored per site so SQL can put a response on its local day), local days and their bounds.
// Calendar days ('YYYY-MM-DD') are the same in every zone; only their bounds in UTC milliseconds differ.

const DAY = 86_400_000;
const HOUR = 3_600_000;
/** The first offset period starts at the beginning of time (earlier than any row). */
export const EARLIEST = -8_640_000_000_000_000;

const formats = new Map<string, Intl.DateTimeFormat>();
function formatOf(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, f);
  }
  return f;
}

/** Whether Intl knows the zone (an IANA name such as Europe/Rome, or UTC). */
export function isTimeZone(zone: string): boolean {
  if (typeof zone !== 'string' || zone === '' || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** Intl writes years 1–9999 as plain numbers; instants outside take the offset at the nearest end. */
const FIRST = Date.UTC(1, 0, 2);
const LAST = Date.UTC(9999, 11, 30);

/** The zone's offset from UTC at an instant, in ms (Rome in summer: 7,200,000). */
export function offsetAt(zone: string, at: number): number {
  if (zone === 'UTC') return 0;
  const ms = Math.min(Math.max(at, FIRST), LAST);
  const p: Record<string, number> = {};
  for (const { type, value } of formatOf(zone).formatToParts(new Date(ms))) if (type !== 'literal') p[type] = Number(value);
  const local = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!);
  return local - (ms - (((ms % 1000) + 1000) % 1000));
}

/**
 * The zone's offset periods from `fromYear` to `toYear` (UTC), as [start ms, offset ms]: the first
 * starts at EARLIEST, each next one where the offset changes. Found by weekly steps, then bisection to
 * the second (no zone changes its offset twice within a week in that span).
 */
export function utcOffsets(zone: string, fromYear = 1970, toYear = 2100): [number, number][] {
  const end = Date.UTC(toYear + 1, 0, 1);
  let t = Date.UTC(fromYear, 0, 1);
  let off = offsetAt(zone, t);
  const out: [number, number][] = [[EARLIEST, off]];
  for (; t < end; ) {
    const next = Math.min(t + 7 * DAY, end);
    const o = offsetAt(zone, next);
    if (o !== off) {
      let lo = t; // offset `off` at lo, `o` at hi
      let hi = next;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (offsetAt(zone, mid) === off) lo = mid;
        else hi = mid;
      }
      out.push([hi, o]);
      off = o;
    }
    t = next;
  }
  return out;
}

/** The calendar day of a UTC instant: 'YYYY-MM-DD' (ISO's '+010000-01-01' or '-000001-12-31' beyond 0000–9999). */
function dayOf(ms: number): string {
  const iso = new Date(ms).toISOString();
  return iso.slice(0, iso.indexOf('T'));
}

/** The local calendar day of an instant: 'YYYY-MM-DD'. */
export function localDay(zone: string, ms: number): string {
  return dayOf(ms + offsetAt(zone, ms));
}

/** A calendar day `n` days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return dayOf(Date.parse(`${day}T00:00:00Z`) + n * DAY);
}

/** Days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
}

/**
 * The first instant of a local day at or after `minutes` past its midnight (00:00 by default), in UTC
 * ms. Days around DST changes are 23 or 25 hours long; where the wanted local time does not exist
 * (skipped by a change) the instant that many minutes later by the clock, as Temporal's 'compatible'
 * (so a skipped midnight gives the change itself), where it exists twice the first.
 */
export function zonedTime(zone: string, day: string, minutes = 0): number {
  const wall = Date.parse(`${day}T00:00:00Z`) + minutes * 60_000;
  const offsets = new Set([offsetAt(zone, wall - DAY), offsetAt(zone, wall), offsetAt(zone, wall + DAY)]);
  let best = Infinity;
  for (const o of offsets) {
    const t = wall - o;
    const local = t + offsetAt(zone, t);
    if (local >= wall && local < wall + 3 * HOUR && t < best) best = t;
  }
  return best === Infinity ? wall - offsetAt(zone, wall) : best;
}

/** The start of a local day in UTC ms. */
export const startOfDay = (zone: string, day: string): number => zonedTime(zone, day, 0);

/** The first day of the month after `day`'s, or of its own with `n` 0. */
export function monthStart(day: string, n = 0): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear(), d.getUTCMonth() + n, 1); // not Date.UTC, which reads years 0–99 as 1900–1999
  return dayOf(d.getTime());
}

/** Monday of the calendar week a day is in. */
export function mondayOf(day: string): string {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(day, -weekday);
}

/**
 * An instant as local date-time with the zone's offset, e.g. 2026-03-29T01:30:00.000+01:00; in UTC
 * the plain ISO form (…Z), as before sites had zones.
 */
export function localIso(zone: string, ms: number): string {
  if (zone === 'UTC') return new Date(ms).toISOString();
  return isoWith(ms, offsetAt(zone, ms));
}

/**
 * localIso for many instants (the CSV export): offsets remembered per quarter hour, the step at which
 * zones change offset, so a long export asks Intl once per quarter hour seen, not twice per row.
 */
export function localIsoOf(zone: string): (ms: number) => string {
  if (zone === 'UTC') return (ms) => new Date(ms).toISOString();
  const seen = new Map<number, number>();
  return (ms) => {
    const q = Math.floor(ms / 900_000);
    let off = seen.get(q);
    if (off === undefined) seen.set(q, (off = offsetAt(zone, ms)));
    return isoWith(ms, off);
  };
}

function isoWith(ms: number, off: number): string {
  const abs = Math.abs(off) / 60_000;
  const sign = off < 0 ? '-' : '+';
  const iso = new Date(ms + off).toISOString();
  return `${iso.slice(0, iso.indexOf('T') + 13)}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
