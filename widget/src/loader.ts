// widget.js — the embed. Reads data-* of its own <script>, installs window.voce (the only global),
// sends answers left over from earlier visits, and loads the Preact UI only when a survey is due.
// Framework-free and small; nothing in here may throw into the host page.
import { beacon, flush, queue } from './delivery';
import { isDue, remember } from './throttle';
import type { Answers, Mounted, MountOptions, SurveyDef } from './types';

declare const UI_FILE: string; // set at build: the content-hashed UI bundle

type Options = Record<string, string | undefined>;
type Call = [string, unknown?];

// crypto.randomUUID exists only in secure contexts; getRandomValues everywhere.
const uuid = () =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );

const w = window as unknown as { voce?: { q?: ArrayLike<unknown>[] } & ((...a: unknown[]) => void) };

function start(script: HTMLScriptElement): void {
  const base = new URL(script.src).origin;
  const api = `${base}/api/v1/`;
  const opts: Options = { ...script.dataset };
  const prefill: Answers = {};
  let mounted: Mounted | undefined;
  let opening: Promise<void> | undefined;
  let ui: Promise<{ mount(o: MountOptions): Mounted }> | undefined;

  const fetchSurvey = (): Promise<SurveyDef> => {
    const lang = opts.lang || document.documentElement.lang || navigator.language;
    const path = `surveys/${encodeURIComponent(opts.site!)}${opts.survey ? `/${encodeURIComponent(opts.survey)}` : ''}`;
    return fetch(`${api}${path}?lang=${encodeURIComponent(lang)}`, { credentials: 'omit' }).then((r) => {
      if (!r.ok) throw r.status;
      return r.json() as Promise<SurveyDef>;
    });
  };

  const open = (force: boolean, more?: Options): Promise<void> => {
    Object.assign(opts, more);
    if (mounted || opening || !opts.site) return opening || Promise.resolve();
    opening = fetchSurvey()
      .then((def) => {
        if (!force && !isDue(def.site, opts.ticket, def.settings.minDaysBetweenSurveys)) return;
        return (ui ||= import(`${base}/${UI_FILE}`)).then((m) => {
          const id = uuid();
          const body = (answers: Answers) => ({
            id,
            site: def.site,
            survey: def.survey,
            ticket: opts.ticket,
            // Verified tickets: the site's server signed "<site>\n<ticket>" (data-token / voce.open({token})).
            token: opts.token,
            answers,
            lang: def.lang,
            meta: { agent: opts.agent, channel: opts.channel, customer: opts.customer, url: location.origin + location.pathname },
          });
          let last: Answers = {};
          mounted = m.mount({
            def,
            mode: opts.mode === 'inline' ? 'inline' : 'popup',
            target: opts.target,
            theme: opts.theme,
            prefill,
            send(answers: Answers, delay: number) {
              last = answers;
              queue(`${api}responses`, body(answers), delay);
            },
            done(sent: boolean) {
              remember(def.site, opts.ticket);
              if (sent) dispatchEvent(new CustomEvent('voce:submit', { detail: body(last) }));
            },
          });
        });
      })
      .catch(() => {
        /* unknown site, collector down: the host page must not notice */
      })
      .then(() => {
        opening = undefined;
      });
    return opening;
  };

  const close = () => {
    mounted?.close();
    mounted = undefined;
  };

  const call = (name: unknown, arg?: unknown): unknown => {
    try {
      if (name === 'open') return open(true, arg as Options);
      if (name === 'close') return close();
      if (name === 'prefill') Object.assign(prefill, arg);
    } catch {
      /* never into the host page */
    }
  };
  const queued = w.voce?.q;
  const voce = Object.assign(call, {
    open: (o?: Options) => call('open', o),
    close: () => call('close'),
    prefill: (a: Answers) => call('prefill', a),
  });
  w.voce = voce as typeof w.voce;
  if (queued) for (const c of Array.from(queued)) call(...(Array.from(c) as Call));

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
