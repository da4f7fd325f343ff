// Builds the static files the worker serves (dist/public): the dashboard with Vite, the demo page.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { ROOT } from './lib/wrangler';

const out = `${ROOT}dist/public`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

await build({ configFile: `${ROOT}dashboard/vite.config.ts` });
cpSync(`${ROOT}widget/demo`, `${out}/demo`, { recursive: true });
writeFileSync(
  `${out}/index.html`,
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Voce</title>' +
    '<h1>Voce</h1><ul><li><a href="/demo">Demo support page</a></li><li><a href="/dashboard/">Dashboard</a></li></ul></html>\n',
);
console.log('built dist/public');
