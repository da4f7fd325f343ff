// Host pages for the widget's browser tests: a plain support page, a hostile one, a strict-CSP one.
import { widgetTag, type Stack } from './harness';

export interface PageOptions {
  css?: string;
  lang?: string;
  inline?: boolean;
}

export function hostHtml(stack: Stack, attrs: Record<string, string>, o: PageOptions = {}): string {
  const tag = widgetTag(stack, { site: 'acme', survey: 'support', ...(o.inline ? { mode: 'inline', target: '#fb' } : {}), ...attrs });
  return `<!doctype html><html lang="${o.lang ?? 'en'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Ticket closed</title>
${o.css ? `<style>${o.css}</style>` : ''}</head>
<body><main><h1>Your ticket ${attrs.ticket ?? ''} was closed</h1><p>Thanks for contacting support.</p><div id="fb"></div></main>
${tag}</body></html>`;
}

/** Everything a careless or hostile stylesheet does to embedded widgets. */
export const HOSTILE_CSS = `
* { all: unset !important; }
html { font-size: 72px !important; }
body { font: 900 60px/3 "Comic Sans MS", cursive !important; color: red !important; }
button { display: none !important; }
input, label, div, section, p { visibility: hidden !important; display: none !important; }
[role="radiogroup"], [role="radio"] { display: none !important; }
`;

/** A Content-Security-Policy with no 'unsafe-inline' and no 'unsafe-eval', allowing only the widget's origin. */
export function strictCsp(stack: Stack): string {
  return `default-src 'none'; script-src ${stack.workerUrl}; connect-src ${stack.workerUrl}; img-src 'self'; style-src 'self'; base-uri 'none'; form-action 'none'`;
}
