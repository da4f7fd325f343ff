// Display names of agent ids (site setting `agentNames`, issue #14): a PATCH merges names into the
// stored ones, "" removes one, and the total stays within AGENT_NAMES_MAX.
import type { SiteSettings } from '../../../../shared/schemas';
import { AGENT_NAMES_MAX } from '../../../../shared/schemas/site';
import { ApiError } from '../../middleware/errors';

export function mergeAgentNames(settings: SiteSettings, patch: Record<string, string>): void {
  // A Map, so an id such as "__proto__" is an ordinary key.
  const names = new Map(Object.entries(settings.agentNames ?? {}));
  for (const [agent, name] of Object.entries(patch)) {
    if (name === '') names.delete(agent);
    else names.set(agent, name);
  }
  if (names.size > AGENT_NAMES_MAX) {
    throw new ApiError(400, 'invalid_request', 'Too many agent names', [{ path: 'agentNames', message: `At most ${AGENT_NAMES_MAX} names` }]);
  }
  if (names.size) settings.agentNames = Object.fromEntries(names);
  else delete settings.agentNames;
}
