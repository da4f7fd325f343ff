// `npm run size` (also run by the build): raw, gzip and brotli bytes of the widget, failing when over
// budget. Budgets: loader ≤ 1,280 B brotli; loader + UI (JS and CSS, everything to show all three
// questions with their follow-ups) ≤ 8,192 B brotli. Issue #3 started at 1.5 KB and 10 KB.
import { mkdirSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { buildWidget } from './build-widget';
import { ROOT } from './lib/wrangler';

export const BUDGET = { loader: 1280, total: 8192 };

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export function sizes(bytes: Buffer): Sizes {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

export async function reportSizes(outDir = `${ROOT}dist/public`): Promise<boolean> {
  mkdirSync(outDir, { recursive: true });
  const files = await buildWidget(outDir);
  const loader = sizes(readFileSync(`${outDir}/${files.loader}`));
  const ui = sizes(readFileSync(`${outDir}/${files.ui}`));
  const total = { raw: loader.raw + ui.raw, gzip: loader.gzip + ui.gzip, brotli: loader.brotli + ui.brotli };
  const row = (name: string, s: Sizes, budget?: number) =>
    `${name.padEnd(34)} ${String(s.raw).padStart(7)} ${String(s.gzip).padStart(7)} ${String(s.brotli).padStart(7)}` +
    (budget ? `  ${s.brotli <= budget ? 'ok' : 'OVER'} (budget ${budget})` : '');
  console.log(`${'widget bytes'.padEnd(34)} ${'raw'.padStart(7)} ${'gzip'.padStart(7)} ${'brotli'.padStart(7)}`);
  console.log(row(`loader ${files.loader}`, loader, BUDGET.loader));
  console.log(row(`UI ${files.ui} (JS+CSS)`, ui));
  console.log(row('everything to show a survey', total, BUDGET.total));
  return loader.brotli <= BUDGET.loader && total.brotli <= BUDGET.total;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!(await reportSizes())) {
    console.error('The widget is over its size budget.');
    process.exit(1);
  }
}
