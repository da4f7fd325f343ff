// How an agent reads in the dashboard: the display name the site gives the id (Settings, agentNames),
// else the id itself; and an aspect's name in the dashboard's language, else its key.
import type { SiteInfo } from '../../../shared/api';
import { shippedAspectLabel } from '../../../shared/i18n/aspects';
import { lang } from './i18n';

let current: Pick<SiteInfo, 'agentNames'> | undefined;

/** The site being shown (app.tsx, like setSiteZone): agentName(undefined, id) uses its names. */
export function setSiteAgents(site: Pick<SiteInfo, 'agentNames'> | undefined): void {
  current = site;
}

/** The site's display name for an agent id, else the id; no site given: the site being shown. */
export function agentName(site: Pick<SiteInfo, 'agentNames'> | undefined, id: string): string {
  const names = (site ?? current)?.agentNames;
  return names && Object.hasOwn(names, id) ? names[id]! : id;
}

export function aspectLabel(key: string): string {
  return shippedAspectLabel(key, lang()) ?? shippedAspectLabel(key, 'en') ?? key;
}
