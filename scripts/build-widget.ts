// Builds the embed into dist/public: widget.js (the loader, an IIFE) and widget-ui.<hash>.js (the
// Preact UI with its CSS as text, an ES module the loader imports only when a survey is due).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import * as esbuild from 'esbuild';
import { ROOT } from './lib/wrangler';

const common: esbuild.BuildOptions = {
  bundle: true,
  minify: true,
  write: false,
  target: 'es2020',
  legalComments: 'none',
  logLevel: 'warning',
  // JSX as classic h() calls and class fields as assignments: see tsconfig.widget.json.
  tsconfig: `${ROOT}tsconfig.widget.json`,
};

/** CSS imported from the UI arrives as minified text, for a constructed stylesheet. */
const cssText: esbuild.Plugin = {
  name: 'css-text',
  setup(build) {
    build.onLoad({ filter: /\.css$/ }, async (args) => {
      const { code } = await esbuild.transform(readFileSync(args.path, 'utf8'), { loader: 'css', minify: true });
      return { contents: `export default ${JSON.stringify(code.trim())}`, loader: 'js' };
    });
  },
};

export interface WidgetFiles {
  loader: string;
  ui: string;
}

export async function buildWidget(outDir = `${ROOT}dist/public`): Promise<WidgetFiles> {
  const ui = await esbuild.build({
    ...common,
    entryPoints: [`${ROOT}widget/src/ui/index.tsx`],
    format: 'esm',
    // Preact's internals are __-prefixed properties (already mangled by Preact's own build, kept
    // consistent between core and addons); within one bundle they can shrink to one letter. esbuild
    // avoids every property name the bundle uses unmangled. `__html` is public API.
    mangleProps: /^__/,
    reserveProps: /^__html$/,
    plugins: [cssText],
  });
  const uiCode = ui.outputFiles![0]!.contents;
  const uiFile = `widget-ui.${createHash('sha256').update(uiCode).digest('hex').slice(0, 10)}.js`;
  writeFileSync(`${outDir}/${uiFile}`, uiCode);

  const loader = await esbuild.build({
    ...common,
    entryPoints: [`${ROOT}widget/src/loader.ts`],
    format: 'iife',
    define: { UI_FILE: JSON.stringify(uiFile) },
  });
  writeFileSync(`${outDir}/widget.js`, loader.outputFiles![0]!.contents);

  // The email survey page's enhancement script and stylesheet (served same-origin with the page).
  const page = await esbuild.build({ ...common, entryPoints: [`${ROOT}widget/src/page/index.ts`], format: 'iife' });
  writeFileSync(`${outDir}/survey-page.js`, page.outputFiles![0]!.contents);
  const css = await esbuild.transform(readFileSync(`${ROOT}widget/src/page/page.css`, 'utf8'), { loader: 'css', minify: true });
  writeFileSync(`${outDir}/survey-page.css`, css.code);

  // Module scripts are fetched with CORS, and host pages live on other origins.
  writeFileSync(
    `${outDir}/_headers`,
    `/*
  X-Content-Type-Options: nosniff
/widget.js
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=300
/widget-ui.*
  Access-Control-Allow-Origin: *
  Cache-Control: public, max-age=31536000, immutable
`,
  );
  return { loader: 'widget.js', ui: uiFile };
}
