// Every wording table of the dashboard (its *.text.ts files, and the roles in lib/access.ts)
// has, in each language it has, exactly English's keys, with a function wherever English has one; and
// all eight dashboard languages are written.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROLE_TEXT } from '../../../dashboard/src/lib/access';
import { DASHBOARD_LANGS } from '../../../dashboard/src/lib/i18n';
import { isTextTable, textProblems } from '../../../dashboard/src/lib/i18n-check';

const dir = fileURLToPath(new URL('../../../dashboard/src/', import.meta.url));
const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.text.ts')).sort();
const modules: Record<string, unknown> = Object.fromEntries(
  await Promise.all(files.map(async (f) => [f, await import(`${dir}${f}`)] as const)),
);

const tables: [string, unknown][] = [
  ['lib/access.ts ROLE_TEXT', ROLE_TEXT],
  ...Object.entries(modules).flatMap(([file, mod]) =>
    Object.entries(mod as Record<string, unknown>)
      .filter(([, value]) => isTextTable(value))
      .map(([name, value]): [string, unknown] => [`${file} ${name}`, value]),
  ),
];

describe('the dashboard wording tables', () => {
  it('are all found: one or more in each *.text.ts file', () => {
    expect(Object.keys(modules).length).toBeGreaterThanOrEqual(27);
    for (const [file, mod] of Object.entries(modules)) {
      expect(Object.values(mod as object).some(isTextTable), file).toBe(true);
    }
  });

  it.each(tables)('%s has the same keys in every language', (name, table) => {
    expect(isTextTable(table)).toBe(true);
    expect(textProblems(name, table as never)).toEqual([]);
  });

  it.each(tables)('%s is written in all eight dashboard languages', (_, table) => {
    expect(Object.keys(table as object).sort()).toEqual([...DASHBOARD_LANGS].sort());
  });
});

describe('textProblems', () => {
  it('names a key missing in one language, one English lacks, and a string where English has a function', () => {
    const table = {
      en: { title: 'Settings', nested: { a: 'A', b: 'B' }, count: (n: number) => `${n} keys` },
      it: { title: 'Impostazioni', nested: { a: 'A', c: 'C' }, count: 'chiavi' },
      de: { title: '', nested: { a: 'A', b: 'B' }, count: (n: number, x: number) => `${n + x} Schlüssel` },
    };
    expect(textProblems('t', table as never)).toEqual([
      't.it.nested.b: missing',
      't.it.nested.c: not in English',
      't.it.count: a function in English, string here',
      't.de.title: empty',
      't.de.count: takes 2 arguments, English 1',
    ]);
  });

  it('finds nothing in a table whose languages agree', () => {
    const table = { en: { a: 'A', f: (n: number) => `${n}` }, it: { a: 'A', f: (n: number) => `${n}` } };
    expect(textProblems('t', table)).toEqual([]);
  });
});
