// Numbers as people read them: rounded with shared/metrics round, a true minus sign, "—" for none.
import { round } from '../../../shared/metrics/round';

export const NONE = '—';
const MINUS = '\u2212';

const formats = new Map<number, Intl.NumberFormat>();
function numberFormat(digits: number): Intl.NumberFormat {
  let f = formats.get(digits);
  if (!f) {
    f = new Intl.NumberFormat('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formats.set(digits, f);
  }
  return f;
}

/** 1234.5 → "1,234.5"; −3 → "−3". */
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

export function pct(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? NONE : `${num(value, digits)}%`;
}

/** Share of `part` in `whole` as a whole percent ("0%" when whole is 0). */
export function share(part: number, whole: number): string {
  return `${num(whole ? (100 * part) / whole : 0, 0)}%`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** "45 seconds", "1 minute", "15 minutes": a wait rounded up to whole minutes from a minute on. */
export function waitText(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} ${s === 1 ? 'second' : 'seconds'}`;
  const m = Math.ceil(s / 60);
  return `${m} ${m === 1 ? 'minute' : 'minutes'}`;
}
