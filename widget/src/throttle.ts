// Throttling per browser: a ticket answered or dismissed is not asked again, and a site can ask
// for a minimum number of days between two surveys. localStorage only: no cookies.

const ticketKey = (site: string, ticket: string) => `voce:t:${site}:${ticket}`;
const lastKey = (site: string) => `voce:last:${site}`;

export function isDue(site: string, ticket: string | undefined, minDays: number): boolean {
  try {
    if (ticket && localStorage.getItem(ticketKey(site, ticket))) return false;
    const last = Number(localStorage.getItem(lastKey(site)));
    return !minDays || !last || Date.now() - last >= minDays * 864e5;
  } catch {
    return true;
  }
}

export function remember(site: string, ticket: string | undefined): void {
  try {
    if (ticket) localStorage.setItem(ticketKey(site, ticket), '1');
    localStorage.setItem(lastKey(site), String(Date.now()));
  } catch {
    /* blocked storage: the survey may be shown again, which is the safe side */
  }
}
