// widget-ui.js — the survey UI, loaded by widget.js only when a survey is due. It renders into an
// open shadow root styled from inside only (a constructed stylesheet, which strict CSP allows).
import { render } from 'preact';
import type { Mounted, MountOptions } from '../types';
import { Survey } from './Survey';
import css from './widget.css';

export function mount(o: MountOptions): Mounted {
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
  const target = o.mode === 'inline' && o.target ? document.querySelector(o.target) : null;
  host.className = target ? 'inline' : 'popup';
  if (o.theme) host.dataset.theme = o.theme;
  (target || document.body).appendChild(host);

  let sent = false;
  const close = () => {
    render(null, root);
    host.remove();
  };
  render(
    <Survey
      def={o.def}
      prefill={o.prefill}
      send={o.send}
      finish={() => {
        sent = true;
        o.done(true);
      }}
      close={() => {
        if (!sent) o.done(false);
        close();
      }}
    />,
    root,
  );
  return { close };
}
