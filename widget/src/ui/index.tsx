// widget-ui.js — the survey UI, loaded by widget.js only when a survey is due. It renders into an
// open shadow root styled from inside only (a constructed stylesheet, which strict CSP allows), and
// turns the answers into the response the loader's queue delivers.
import { h, render } from 'preact';
import { remember } from '../throttle';
import type { Answers, Body, Mounted, MountOptions } from '../types';
import { Survey } from './Survey';
import css from './widget.css';

// crypto.randomUUID exists only in secure contexts; getRandomValues everywhere.
const uuid = () =>
  '10000000-1000-4000-8000-100000000000'.replace(/[018]/g, (c) =>
    (+c ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (+c / 4)))).toString(16),
  );

export function mount({ def, opts, prefill, send }: MountOptions): Mounted {
  const host = document.createElement('voce-survey');
  const root = host.attachShadow({ mode: 'open' });
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    // Browsers without constructable stylesheets (before 2023); needs style-src to allow inline.
    root.appendChild(document.createElement('style')).textContent = css;
  }
  const target = opts.mode === 'inline' && opts.target ? document.querySelector(opts.target) : null;
  host.className = target ? 'inline' : 'popup';
  if (opts.theme) host.dataset.theme = opts.theme;
  (target || document.body).appendChild(host);

  const id = uuid();
  const body = (answers: Answers): Body => ({
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
  let sent = false;
  const close = () => {
    render(null, root);
    host.remove();
  };
  render(
    <Survey
      def={def}
      prefill={prefill}
      send={(answers, delay) => send(body((last = answers)), delay)}
      finish={() => {
        sent = true;
        remember(def.site, opts.ticket);
        dispatchEvent(new CustomEvent('voce:submit', { detail: body(last) }));
      }}
      close={() => {
        // Dismissed: do not ask again either.
        if (!sent) remember(def.site, opts.ticket);
        close();
      }}
    />,
    root,
  );
  return { close };
}
