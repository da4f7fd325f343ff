// What "the view's numbers are on screen" means for each dashboard view, as a probe installed in every
// page of the bench's browser context: it watches the DOM and resolves `window.__voceReady` the moment
// the view's main content is rendered with data (not a "Loading…" note), or an error shows instead.

export interface Ready {
  /** ms since the document's navigation started. */
  at: number;
  /** Set when the view showed an error, the sign-in page or "not available yet" instead of its data. */
  error?: string;
}

declare global {
  interface Window {
    __voceReady: Promise<Ready>;
  }
}

/**
 * Runs in the page before its scripts (BrowserContext.addInitScript): self-contained, no closures.
 * A MutationObserver callback runs after the task or microtask that changed the DOM, so by then the
 * render that made the condition true (Chart.js draws synchronously, animation off) has finished.
 */
export function readyProbe(): void {
  const view = new URLSearchParams(location.search).get('view') ?? 'overview';
  const has = (root: ParentNode, sel: string) => root.querySelector(sel) !== null;
  // Notes are told apart by their words: a final "nothing here" text, never "Loading…".
  const note = (root: ParentNode, text: RegExp) =>
    [...root.querySelectorAll('p.note')].some((p) => text.test(p.textContent ?? ''));
  const section = (main: Element, heading: string) => main.querySelector(`section[aria-labelledby="${heading}"]`);
  const checks: Record<string, (main: Element) => boolean> = {
    // The NPS, CSAT and CES cards' big numbers, the trend drawn (both Chart.js canvases and the table)
    // or "no responses", and the breakdown table or "no responses".
    overview(main) {
      const cards = ['nps', 'csat', 'ces'].every((id) => has(main, `section[aria-labelledby="card-${id}"] .big`));
      const trend = section(main, 'trend-h');
      const canvases = trend ? [...trend.querySelectorAll('canvas')] : [];
      const drawn =
        !!trend &&
        ((canvases.length === 2 && canvases.every((c) => '$chartjs' in c) && has(trend, '.data-table table')) ||
          note(trend, /^No responses/));
      const breakdown = section(main, 'breakdown-h');
      const table = !!breakdown && (has(breakdown, 'table tbody tr') || note(breakdown, /^No responses/));
      return cards && drawn && table;
    },
    comments: (main) => has(main, 'ol.responses > li article') || note(main, /^No comments match/),
    // Both tables of agents against the team, or "no answers".
    agents: (main) => has(main, 'section[aria-labelledby="agents-aspects-h"] table tbody tr') || note(main, /^No answers about an agent/),
    // The Support view (issue #15): its seven KPI cards, both speed charts drawn, the drivers' table or
    // "no answers", the agents' table or "no agent" — or the note that no ticket facts were sent yet.
    support(main) {
      if (has(main, 'section.empty-support')) return true;
      const cards = main.querySelectorAll('section[aria-labelledby="kpis-h"] .big').length >= 7;
      const speed = section(main, 'speed-h');
      const canvases = speed ? [...speed.querySelectorAll('canvas')] : [];
      const drawn = canvases.length === 2 && canvases.every((c) => '$chartjs' in c);
      const drivers = section(main, 'drivers-h');
      const scored = !!drivers && (has(drivers, 'table tbody tr') || note(drivers, /^No answers to tickets/));
      const agents = section(main, 'agent-speed-h');
      const listed = !!agents && (has(agents, 'table tbody tr') || note(agents, /^No /));
      return cards && drawn && scored && listed;
    },
    followups: (main) => has(main, 'ol.responses > li article') || note(main, /^Nothing here/),
    tickets: (main) => has(main, 'section[aria-labelledby="ticket-h"] ol.responses > li article'),
    // The template-links form (filled from /settings) and the default survey's form (from /surveys).
    settings: (main) => has(main, '#t-pattern') && has(main, 'section[aria-labelledby="keys-h"]') && has(main, 'form.survey-form[aria-label^="Survey "]'),
  };
  let resolve!: (r: Ready) => void;
  window.__voceReady = new Promise<Ready>((r) => (resolve = r));
  const finish = (error?: string) => {
    observer.disconnect();
    resolve({ at: performance.now(), ...(error ? { error } : {}) });
  };
  const test = () => {
    const main = document.querySelector('main');
    if (!main) return;
    const alert = main.querySelector('[role="alert"]');
    if (alert) return finish(`error shown: ${alert.textContent?.trim().slice(0, 120)}`);
    if (main.classList.contains('auth')) return finish('the sign-in page was shown');
    if (note(main, /^Not available yet/)) return finish('"Not available yet" shown');
    if (note(main, /^No responses for ticket/)) return finish('the ticket has no responses');
    if (checks[view]?.(main)) finish();
  };
  const observer = new MutationObserver(test);
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
}
