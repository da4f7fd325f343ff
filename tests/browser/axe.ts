// axe-core in a dashboard page: the rules it breaks, with the elements, as "id: selector | selector".
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export async function axe(page: Page): Promise<string[]> {
  await page.evaluate(AXE); // not addScriptTag: the dashboard's CSP refuses inline scripts, axe-core's too
  return page.evaluate(async () => {
    const a = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return (await a.run()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  });
}
