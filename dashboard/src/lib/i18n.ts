// The dashboard's language: the person's choice (remembered in this browser), else the browser's first
// language we speak, else English. Each view keeps its own wording beside it as `Text` tables; `tr` picks
// the current language's, falling back to English for a language not written yet.
import { pickLang } from '../../../shared/i18n';

export const DASHBOARD_LANGS = ['en', 'it', 'es', 'fr', 'de', 'pt', 'pl', 'nl'] as const;
export type Lang = (typeof DASHBOARD_LANGS)[number];

/** Every language's name in itself, for the switch. */
export const LANG_NAMES: Record<Lang, string> = {
  en: 'English',
  it: 'Italiano',
  es: 'Español',
  fr: 'Français',
  de: 'Deutsch',
  pt: 'Português',
  pl: 'Polski',
  nl: 'Nederlands',
};

const KEY = 'voce.lang';

function stored(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

function browserLangs(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : (navigator.languages ?? [navigator.language]);
}

let current: Lang = pickLang([stored(), ...browserLangs()], DASHBOARD_LANGS, 'en') as Lang;

export function lang(): Lang {
  return current;
}

/**
 * The locale numbers and dates are written in: the browser's own variant when it is of the chosen
 * language (de-CH keeps its apostrophes), else the language itself.
 */
export function locale(): string {
  const own = browserLangs().find((l) => l.split(/[-_]/)[0]!.toLowerCase() === current);
  return own ?? current;
}

const listeners = new Set<(next: Lang) => void>();

/** Calls `fn` after each switch (the app re-renders its whole tree); returns the unsubscribe. */
export function onLangChange(fn: (next: Lang) => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

/** Remembers the choice and switches to it; the listeners (the app) re-render. */
export function setLang(next: Lang): void {
  current = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Private windows may refuse storage: the choice then lasts until the page is closed.
  }
  if (typeof document !== 'undefined') document.documentElement.lang = next;
  for (const fn of listeners) fn(next);
}

/** Whether `value` names a language of the dashboard. */
export function isLang(value: string): value is Lang {
  return (DASHBOARD_LANGS as readonly string[]).includes(value);
}

/**
 * One piece of wording in every dashboard language: the compiler refuses a table that leaves one out,
 * wherever the table lives (a *.text.ts file or beside its component).
 */
export type Text<T> = Record<Lang, T>;

/** The current language's wording. */
export function tr<T>(text: Text<T>): T {
  return text[current];
}
