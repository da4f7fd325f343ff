// Builds the static files the worker serves (dist/public): the dashboard with Vite, the demo page.
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { ROOT } from './lib/wrangler';
import { reportSizes } from './size';

// A production build even when started from a test runner (vitest sets NODE_ENV=test, and Vite and
// the Preact preset would then ship preact/debug).
process.env.NODE_ENV = 'production';

const out = `${ROOT}dist/public`;
// Empty the folder but keep it: a running `wrangler dev` watches it.
mkdirSync(out, { recursive: true });
for (const f of readdirSync(out)) rmSync(`${out}/${f}`, { recursive: true, force: true });

await build({ configFile: `${ROOT}dashboard/vite.config.ts` });
if (!(await reportSizes(out))) {
  console.error('The widget is over its size budget.');
  process.exit(1);
}
cpSync(`${ROOT}widget/demo`, `${out}/demo`, { recursive: true });
writeFileSync(
  `${out}/index.html`,
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Voce</title>' +
    '<h1>Voce</h1><ul><li><a href="/demo">Demo support page</a></li><li><a href="/dashboard/">Dashboard</a></li></ul></html>\n',
);
console.log('built dist/public');
