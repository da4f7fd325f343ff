// An agent against the team: each metric's difference from the rest of the team (everyone else's answers
// in the same range and filters) with the 95% margin of that difference, called out only beyond it.
//
// Against the rest of the team, not the whole team with the agent in it: the two samples are then
// independent, so the margin of the difference is √(a² + b²) (differenceMargin) as for two periods;
// and an agent with half the answers would otherwise be compared half with themself, shrinking every
// difference toward zero exactly where it matters most.
import { aspectSide, addAspectSums, type AspectSums } from './aspects';
import { cesSide, compareMetric, csatSide, npsSide, type Comparison } from './compare';
import { emptyCounts, metricsFromCounts, type Counts } from './summary';

export interface AgentComparison {
  nps: Comparison;
  csat: Comparison;
  /** Lower effort is better. */
  ces: Comparison;
  /** Per aspect the agent or the team was rated on. */
  aspects: Record<string, Comparison>;
}

/** a − b, count by count (the team without one agent). */
export function subtractCounts(a: Counts, b: Counts): Counts {
  const out = emptyCounts();
  out.responses = a.responses - b.responses;
  out.nps = a.nps.map((x, i) => x - (b.nps[i] ?? 0));
  out.csat = a.csat.map((x, i) => x - (b.csat[i] ?? 0));
  out.ces = a.ces.map((x, i) => x - (b.ces[i] ?? 0));
  return out;
}

/** One agent's answers and aspect sums against the team's (which include the agent's). */
export function compareAgent(
  agent: Counts,
  team: Counts,
  agentAspects: ReadonlyMap<string, AspectSums>,
  teamAspects: ReadonlyMap<string, AspectSums>,
): AgentComparison {
  const mine = metricsFromCounts(agent);
  const rest = metricsFromCounts(subtractCounts(team, agent));
  const aspects: Record<string, Comparison> = {};
  for (const key of new Set([...teamAspects.keys(), ...agentAspects.keys()])) {
    const own = agentAspects.get(key);
    const all = teamAspects.get(key);
    const others = all && own ? addAspectSums(all, own, -1) : all;
    aspects[key] = compareMetric(aspectSide(own), aspectSide(others));
  }
  return {
    nps: compareMetric(npsSide(mine.nps), npsSide(rest.nps)),
    csat: compareMetric(csatSide(mine.csat), csatSide(rest.csat)),
    ces: compareMetric(cesSide(mine.ces), cesSide(rest.ces), true),
    aspects,
  };
}
