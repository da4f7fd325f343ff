// widget.js — the embed. Reads data-* of its own <script>, installs window.voce (the only global),
// sends answers left over from earlier visits, and loads the Preact UI only when a survey is due.
// Framework-free and small (what only a shown survey needs lives in the UI); nothing in here may
// throw into the host page.
import { beacon, flush, queue } from './delivery';
import { isDue } from './throttle';
import type { Answers, Mounted, MountOptions, Options, SurveyDef } from './types';

declare const UI_FILE: string; // set at build: the content-hashed UI bundle

/** window.voce: voce('open', {…}) or voce.open({…}); before the script loads, a stub queues calls in voce.q. */
type Voce = ((name: string, arg?: unknown) => unknown) & { q?: ArrayLike<unknown>[]; [method: string]: unknown };
type UI = { mount(o: MountOptions): Mounted };

const w = window as unknown as { voce?: Voce };
const enc = encodeURIComponent;

function start(script: HTMLScriptElement): void {
  const base = new URL(script.src).origin;
  const api = `${base}/api/v1/`;
  const opts: Options = { ...script.dataset };
  const prefill: Answers = {};
  let mounted: Mounted | undefined;
  let opening: Promise<void> | undefined;
  let ui: Promise<UI> | undefined;

  const open = (force: boolean, more?: Options): Promise<void> | undefined => {
    Object.assign(opts, more);
    if (mounted || opening || !opts.site) return opening;
    const lang = opts.lang || document.documentElement.lang || navigator.language;
    const path = `surveys/${enc(opts.site)}${opts.survey ? `/${enc(opts.survey)}` : ''}`;
    return (opening = fetch(`${api}${path}?lang=${enc(lang)}`, { credentials: 'omit' })
      .then((r) => {
        if (!r.ok) throw r.status;
        return r.json() as Promise<SurveyDef>;
      })
      .then((def) => {
        if (force || isDue(def.site, opts.ticket, def.settings.minDaysBetweenSurveys)) {
          return (ui ||= import(`${base}/${UI_FILE}`) as Promise<UI>).then((m) => {
            mounted = m.mount({ def, opts, prefill, send: (body, delay) => queue(`${api}responses`, body, delay) });
          });
        }
      })
      .catch(() => {
        /* unknown site, collector down: the host page must not notice */
      })
      .then(() => {
        opening = undefined;
      }));
  };

  const voce = ((name: string, arg?: unknown) => {
    try {
      if (name === 'open') return open(true, arg as Options) || Promise.resolve();
      if (name === 'close') {
        mounted?.close();
        mounted = undefined;
      }
      if (name === 'prefill') Object.assign(prefill, arg);
    } catch {
      /* never into the host page */
    }
  }) as Voce;
  for (const name of ['open', 'close', 'prefill']) voce[name] = (arg?: unknown) => voce(name, arg);
  const queued = w.voce?.q;
  w.voce = voce;
  if (queued) for (const c of Array.from(queued)) voce(...(Array.from(c) as [string, unknown]));

  addEventListener('pagehide', beacon);
  flush();
  if (opts.auto !== 'false') open(false);
}

try {
  const script = (document.currentScript ||
    document.querySelector('script[data-site][src*="widget.js"]')) as HTMLScriptElement | null;
  if (script) start(script);
} catch {
  /* an old or locked-down browser simply gets no survey */
}
