// GET aspects and agents of a site (issue #14): the CES aspects' means with their margins, over time and
// the one that most separates satisfied from unsatisfied customers; each agent against the rest of the
// team. Both read only rollup cells (a few rows per day), like the summary.
import { Hono } from 'hono';
import type { AgentsView, AspectMean, AspectsView } from '../../../../shared/api';
import { addAllCounts, addAspectSums, aspectMean, aspectOrder, compareAgent, emptyAspectSums, emptyCounts, metricsFromCounts, separatingAspect, type AspectSums } from '../../../../shared/metrics';
import { AgentsQuery, AspectsQuery } from '../../../../shared/schemas';
import { readAspects, type AspectTally } from '../../db/aspects';
import { readTally } from '../../db/metrics';
import { validate } from '../../validate';
import type { SiteEnv } from './access';
import { buckets, filtersOf, resolveRange } from './range';

export const aspects = new Hono<SiteEnv>();

/** The sums of every group added up, per aspect. */
function sumGroups(tally: AspectTally): Map<string, AspectSums> {
  const out = new Map<string, AspectSums>();
  for (const byAspect of tally.values()) {
    for (const [k, sums] of byAspect) out.set(k, addAspectSums(out.get(k) ?? emptyAspectSums(), sums));
  }
  return out;
}

/** Means of the aspects in `keys` order (an aspect without answers here: n 0, mean null). */
function means(keys: string[], sums: ReadonlyMap<string, AspectSums> | undefined): AspectMean[] {
  return keys.map((key) => {
    const s = sums?.get(key);
    const m = s ? aspectMean(s) : { n: 0, mean: null, margin95: 0, small: true };
    return { key, ...m };
  });
}

aspects.get('/aspects', async (c) => {
  const q = validate(AspectsQuery, c.req.query(), 'query');
  const { current } = resolveRange(q, c.get('zone'));
  const filters = filtersOf(q);
  const db = c.env.DB;
  // One read: the range's sums are those of its intervals added up (every rollup day is in one).
  const perInterval = await readAspects(db, c.get('site'), current, filters, q.interval);
  const all = sumGroups(perInterval);
  const keys = aspectOrder(all.keys());
  const body: AspectsView = {
    from: current.fromDay,
    to: current.toDay,
    filters,
    interval: q.interval,
    aspects: means(keys, all),
    points: buckets(current, q.interval).map((start) => ({ start, aspects: means(keys, perInterval.get(start)) })),
    separating: separatingAspect(new Map(keys.map((k) => [k, all.get(k)!]))),
  };
  return c.json(body);
});

aspects.get('/agents', async (c) => {
  const q = validate(AgentsQuery, c.req.query(), 'query');
  const { current } = resolveRange(q, c.get('zone'));
  // The team is everyone whatever the agent filter, which only picks the row shown.
  const { agent: only, ...filters } = filtersOf(q);
  const site = c.get('site');
  const db = c.env.DB;
  // Two reads of rollup cells, counts and aspect sums per agent; the team's are their sums (answers
  // without an agent are the group null).
  const [byAgent, agentAspects] = await Promise.all([
    readTally(db, site, current, filters, 'agent'),
    readAspects(db, site, current, filters, 'agent'),
  ]);
  const teamCounts = [...byAgent.counts.values()].reduce(addAllCounts, emptyCounts());
  const teamSums = sumGroups(agentAspects);
  const keys = aspectOrder(teamSums.keys());
  const agents = [...byAgent.counts]
    .filter((entry): entry is [string, typeof teamCounts] => entry[0] !== null && (only === undefined || entry[0] === only))
    .map(([agent, counts]) => {
      const own = agentAspects.get(agent) ?? new Map<string, AspectSums>();
      return { agent, ...metricsFromCounts(counts), aspects: means(keys, own), vsTeam: compareAgent(counts, teamCounts, own, teamSums) };
    })
    .sort((a, b) => b.responses - a.responses || a.agent.localeCompare(b.agent));
  const body: AgentsView = {
    from: current.fromDay,
    to: current.toDay,
    filters: filtersOf(q),
    team: { ...metricsFromCounts(teamCounts), aspects: means(keys, teamSums) },
    agents,
  };
  return c.json(body);
});
