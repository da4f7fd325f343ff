// The walls of ARCHITECTURE.md, checked on the source: which folder may import which, and what the
// widget's loader may not pull in.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../scripts/lib/wrangler';

interface Import {
  file: string;
  target: string;
  typeOnly: boolean;
}

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) return files(path);
    return /\.(ts|tsx|mts)$/.test(name) ? [path] : [];
  });
}

/** Every static and dynamic import of a file, relative ones resolved to a path from the root. */
function importsOf(file: string): Import[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: Import[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"`]([^'"`$]+)['"`]/gm)) {
    const spec = (m[3] ?? m[4])!;
    const target = spec.startsWith('.') ? relative(ROOT, resolve(ROOT, dirname(file), spec)) : spec;
    found.push({ file, target, typeOnly: Boolean(m[2]) });
  }
  return found;
}

const under = (dir: string) => files(dir).flatMap(importsOf);
const into = (imports: Import[], ...dirs: string[]) =>
  imports.filter((i) => dirs.some((d) => i.target === d || i.target.startsWith(`${d}/`))).map((i) => `${i.file} → ${i.target}`);

describe('the walls between the parts', () => {
  it('shared/ imports none of the deployables', () => {
    expect(into(under('shared'), 'worker', 'widget', 'dashboard', 'scripts')).toEqual([]);
  });

  it('the widget and the dashboard never import worker code (types only)', () => {
    const imports = [...under('widget/src'), ...under('dashboard/src')].filter((i) => !i.typeOnly);
    expect(into(imports, 'worker')).toEqual([]);
  });

  it('the worker never imports UI code', () => {
    expect(into(under('worker/src'), 'widget', 'dashboard')).toEqual([]);
  });

  it('the loader and what it imports pull in neither Preact nor the UI', () => {
    const seen = new Set<string>();
    const walk = (file: string): Import[] => {
      if (seen.has(file)) return [];
      seen.add(file);
      const imports = importsOf(file);
      return imports.concat(imports.filter((i) => i.target.startsWith('widget/') && !i.typeOnly).flatMap((i) => walk(`${i.target}.ts`)));
    };
    const reached = walk('widget/src/loader.ts').filter((i) => !i.typeOnly);
    expect(reached.filter((i) => /^preact/.test(i.target)).map((i) => i.target)).toEqual([]);
    expect(into(reached, 'widget/src/ui')).toEqual([]);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('finds imports, so a wall it checks can fail', () => {
    expect(into(under('worker/src'), 'shared').length).toBeGreaterThan(10);
    expect(into(under('dashboard/src'), 'shared').length).toBeGreaterThan(10);
  });
});
