// The range and filters of the current address, as the API's query parameters.
import { rangeOf } from './dates';

export const FILTER_KEYS = ['survey', 'agent', 'channel', 'lang', 'source', 'verified'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** from, to and every filter that is set ("All" is simply absent). */
export function filterParams(q: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = { ...rangeOf(q) };
  for (const k of FILTER_KEYS) {
    const v = q.get(k);
    if (v) out[k] = v;
  }
  return out;
}

export function hasFilters(q: URLSearchParams): boolean {
  return FILTER_KEYS.some((k) => q.get(k));
}
