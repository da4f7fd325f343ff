// Bench section 1 and 5: bytes. Voce's widget against peers' survey bundles fetched with `npm pack`
// at pinned versions, and the worker bundle and the dashboard's first load.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sizes, type Sizes } from '../scripts/size';
import { ROOT } from '../scripts/lib/wrangler';

const CACHE = `${ROOT}.bench-cache`;

/** Peer bundles: what a page downloads for each peer's survey, as the issue names them. */
export const PEERS: { name: string; packages: { spec: string; files: string[] }[] }[] = [
  { name: 'PostHog surveys (posthog-js 1.449.2, dist/surveys.js)', packages: [{ spec: 'posthog-js@1.449.2', files: ['dist/surveys.js'] }] },
  { name: 'Formbricks (@formbricks/surveys 1.99.0, dist/index.umd.js)', packages: [{ spec: '@formbricks/surveys@1.99.0', files: ['dist/index.umd.js'] }] },
  {
    name: 'SurveyJS (survey-core + survey-js-ui 2.5.38)',
    packages: [
      { spec: 'survey-core@2.5.38', files: ['survey.core.min.js', 'survey-core.min.css'] },
      { spec: 'survey-js-ui@2.5.38', files: ['survey-js-ui.min.js'] },
    ],
  },
  { name: 'Typeform embed (@typeform/embed 6.1.1, build/embed.js)', packages: [{ spec: '@typeform/embed@6.1.1', files: ['build/embed.js'] }] },
];

function unpacked(spec: string): string {
  const dir = join(CACHE, spec.replace(/[@/]/g, '_'));
  if (!existsSync(join(dir, 'package'))) {
    mkdirSync(dir, { recursive: true });
    const tgz = execFileSync('npm', ['pack', spec, '--silent', '--pack-destination', dir], { encoding: 'utf8' }).trim().split('\n').at(-1)!;
    execFileSync('tar', ['-xzf', join(dir, tgz), '-C', dir]);
  }
  return join(dir, 'package');
}

function add(a: Sizes, b: Sizes): Sizes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli };
}

export function peerSizes(): { name: string; sizes: Sizes }[] {
  return PEERS.map((peer) => {
    let total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
    for (const p of peer.packages) {
      const root = unpacked(p.spec);
      for (const f of p.files) {
        const path = join(root, f);
        if (!existsSync(path)) throw new Error(`${p.spec} has no ${f}`);
        total = add(total, sizes(readFileSync(path)));
      }
    }
    return { name: peer.name, sizes: total };
  });
}

export function voceWidget(): Sizes {
  const dir = `${ROOT}dist/public`;
  const ui = readdirSync(dir).find((f) => /^widget-ui\..+\.js$/.test(f))!;
  return add(sizes(readFileSync(`${dir}/widget.js`)), sizes(readFileSync(`${dir}/${ui}`)));
}

export function workerBundle(): Sizes {
  const out = `${ROOT}dist/worker`;
  execFileSync(`${ROOT}node_modules/.bin/wrangler`, ['deploy', '--dry-run', '--outdir', out], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } });
  return sizes(readFileSync(`${out}/index.js`));
}

/** What /dashboard/ loads before it can draw (the lazy Chart.js chunk apart). */
export function dashboardFirstLoad(): { js: Sizes; css: Sizes; lazy: Sizes } {
  const dir = `${ROOT}dist/public/dashboard/assets`;
  const files = readdirSync(dir).filter((f) => statSync(join(dir, f)).isFile());
  const sum = (pick: (f: string) => boolean) => files.filter(pick).reduce((s, f) => add(s, sizes(readFileSync(join(dir, f)))), { raw: 0, gzip: 0, brotli: 0 } as Sizes);
  return { js: sum((f) => f.startsWith('index-') && f.endsWith('.js')), css: sum((f) => f.endsWith('.css')), lazy: sum((f) => !f.startsWith('index-') && f.endsWith('.js')) };
}
