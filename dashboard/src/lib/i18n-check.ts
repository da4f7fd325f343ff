// Checks a `Text` table's languages against its English: the same keys at every level, and a function
// wherever English has one (with as many parameters), so a key forgotten in one language is caught.
import type { Lang } from './i18n';

const isPlain = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

function compare(en: unknown, other: unknown, at: string, out: string[]): void {
  if (typeof en === 'function') {
    if (typeof other !== 'function') out.push(`${at}: a function in English, ${typeof other} here`);
    else if (other.length !== en.length) out.push(`${at}: takes ${other.length} arguments, English ${en.length}`);
    return;
  }
  if (isPlain(en)) {
    if (!isPlain(other)) return void out.push(`${at}: an object in English, not here`);
    for (const k of Object.keys(en)) {
      if (!(k in other)) out.push(`${at}.${k}: missing`);
      else compare(en[k], other[k], `${at}.${k}`, out);
    }
    for (const k of Object.keys(other)) if (!(k in en)) out.push(`${at}.${k}: not in English`);
    return;
  }
  if (typeof en !== typeof other) out.push(`${at}: ${typeof en} in English, ${typeof other} here`);
  else if (typeof en === 'string' && !(other as string).trim()) out.push(`${at}: empty`);
}

/** A wording table as found at run time: English, and whichever languages it has. */
type SomeText = { en: unknown } & Partial<Record<Lang, unknown>>;

/** Is this value a wording table (English and Italian at least)? */
export function isTextTable(x: unknown): x is SomeText {
  return isPlain(x) && 'en' in x && 'it' in x;
}

/** Every difference between a table's languages and its English, as "name.lang.key: what"; [] when none. */
export function textProblems(name: string, text: SomeText): string[] {
  const out: string[] = [];
  for (const [lang, value] of Object.entries(text)) {
    if (lang !== 'en') compare(text.en, value, `${name}.${lang}`, out);
  }
  return out;
}
