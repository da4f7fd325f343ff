// "Opened by a person": tells the server once that someone acted on this email-link page, on the first
// real (isTrusted) pointerdown, keydown or touchstart. Never on load, scroll, focus or visibility alone:
// email scanners open every link, and some run its scripts and wait without input.
const EVENTS = ['pointerdown', 'keydown', 'touchstart'];

export function reportOpenedByPerson(): void {
  const token = document.querySelector<HTMLElement>('[data-token]')?.dataset.token;
  if (!token) return;
  const first = (e: Event) => {
    if (!e.isTrusted) return; // made up by a script, not a person
    for (const type of EVENTS) removeEventListener(type, first, true);
    // A beacon survives the page leaving (a tap on Send); text/plain, so no preflight. Lost: one open less.
    navigator.sendBeacon('/api/v1/links/opened', JSON.stringify({ token }));
  };
  // Capture, so a handler that stops the event cannot hide it (touchstart on window is passive anyway).
  for (const type of EVENTS) addEventListener(type, first, true);
}
