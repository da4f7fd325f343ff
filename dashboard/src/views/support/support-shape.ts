// The Support view's data as the cards, charts and tables draw it, shaped once from KpisView,
// DriversView and AgentsView (shared/api.ts): bucket words, the plain-language finding, the bars with
// their margins, and each agent's speed beside their satisfaction.
import type { AgentsView, DriverBucket, DriverBy, DriverFinding, KpisView } from '../../../../shared/api';
import { isSmall } from '../../../../shared/metrics/bands';
import { num, pct, signed } from '../../lib/format';
import { tr } from '../../lib/i18n';
import { DRIVER_TEXT } from './drivers.text';

export const DRIVERS: readonly DriverBy[] = ['first_response', 'resolution', 'replies', 'reopened'];
export type DriverMetric = 'csat' | 'ces' | 'nps';
export const DRIVER_METRICS: readonly DriverMetric[] = ['csat', 'ces', 'nps'];

export const isDriver = (v: string | null): v is DriverBy => DRIVERS.includes(v as DriverBy);
export const isDriverMetric = (v: string | null): v is DriverMetric => DRIVER_METRICS.includes(v as DriverMetric);

/** A bucket's short name ("1–4 h", "Reopened") in the language in force; an unknown one as sent. */
export function bucketLabel(by: DriverBy, bucket: string): string {
  return tr(DRIVER_TEXT).labels[by][bucket] ?? bucket;
}

/** "when the first reply came within 1 h": a bucket as a phrase for the finding. */
export function bucketPhrase(by: DriverBy, bucket: string): string {
  return tr(DRIVER_TEXT).phrases[by][bucket] ?? bucketLabel(by, bucket);
}

export const metricName = (m: DriverMetric): string => (m === 'csat' ? 'CSAT' : m === 'ces' ? 'CES' : 'NPS');

/** A score as the view writes it: CSAT "91%", CES "2.14", NPS "+38". */
export function fmtScore(m: DriverMetric, value: number, digits = m === 'ces' ? 2 : 0): string {
  return m === 'csat' ? pct(value, digits) : m === 'nps' ? signed(value, digits) : num(value, digits);
}

/** A difference or margin in the metric's unit: "27 pts", "0.41". */
export function fmtPoints(m: DriverMetric, value: number): string {
  return m === 'ces' ? num(value, 2) : `${num(value, 0)} ${tr(DRIVER_TEXT).points}`;
}

/** "CSAT 91% when the first reply came within 1 h, 64% when the first reply took 1–3 days: a difference of 27 pts, beyond its ±9 pts margin." */
export function findingText(by: DriverBy, f: DriverFinding): string {
  const side = (s: DriverFinding['better']): [string, string] => [fmtScore(f.metric, s.value), bucketPhrase(by, s.bucket)];
  return tr(DRIVER_TEXT).finding(metricName(f.metric), side(f.better), side(f.worse), fmtPoints(f.metric, f.difference), fmtPoints(f.metric, f.margin));
}

export interface Bar {
  bucket: string;
  label: string;
  tickets: number;
  /** Answers behind the score. */
  n: number;
  value: number | null;
  low: number | null;
  high: number | null;
  small: boolean;
}

/** A bucket's score for `m`, its answers and ± margin; null value without answers. */
export function scoreOf(b: DriverBucket, m: DriverMetric): { value: number | null; n: number; margin: number | null } {
  const margin = b.margins[m];
  if (m === 'csat') return { value: b.csat?.percent ?? null, n: b.csat?.n ?? 0, margin };
  if (m === 'ces') return { value: b.ces?.mean ?? null, n: b.ces?.n ?? 0, margin };
  return { value: b.nps?.score ?? null, n: b.nps?.n ?? 0, margin };
}

/** The bars of one metric, in the buckets' order, each with value ± margin kept inside the scale. */
export function driverBars(by: DriverBy, buckets: readonly DriverBucket[], m: DriverMetric): Bar[] {
  const [min, max] = m === 'csat' ? [0, 100] : m === 'ces' ? [1, 5] : [-100, 100];
  return buckets.map((b) => {
    const s = scoreOf(b, m);
    const has = s.value !== null;
    return {
      bucket: b.bucket,
      label: bucketLabel(by, b.bucket),
      tickets: b.tickets,
      n: s.n,
      value: s.value,
      low: has ? Math.max(min, s.value! - (s.margin ?? 0)) : null,
      high: has ? Math.min(max, s.value! + (s.margin ?? 0)) : null,
      small: isSmall(s.n),
    };
  });
}

export interface SpeedRow {
  agent: string;
  solved: number;
  firstResponse: number | null;
  resolution: number | null;
  oneTouchRate: number | null;
  /** Answers about the agent, their CSAT % and NPS (AgentsView); null when the agent has none. */
  answers: number;
  csat: number | null;
  nps: number | null;
}

/** Each agent with tickets or answers: speed from KpisView.agents beside satisfaction from AgentsView; most tickets first. */
export function speedRows(kpis: KpisView['agents'], agents: AgentsView['agents'] | undefined): SpeedRow[] {
  const ids = [...new Set([...kpis.map((k) => k.agent), ...(agents ?? []).map((a) => a.agent)])];
  return ids
    .map((agent) => {
      const k = kpis.find((x) => x.agent === agent);
      const a = agents?.find((x) => x.agent === agent);
      return {
        agent,
        solved: k?.solved ?? 0,
        firstResponse: k?.firstResponse.median ?? null,
        resolution: k?.resolution.median ?? null,
        oneTouchRate: k?.oneTouchRate ?? null,
        answers: a?.responses ?? 0,
        csat: a?.csat?.percent ?? null,
        nps: a?.nps?.score ?? null,
      };
    })
    .sort((x, y) => y.solved - x.solved || y.answers - x.answers || x.agent.localeCompare(y.agent));
}

/** Nothing to show at all: no ticket solved now or before and none open (a site that sends no facts yet). */
export function noTicketFacts(k: KpisView): boolean {
  return k.current.solved === 0 && k.previous.solved === 0 && !k.current.backlog?.open && k.points.every((p) => p.solved === 0);
}

/** A median now against before, in minutes: the size of the change and whether it is faster; null without both. */
export function durationChange(now: number | null, before: number | null): { delta: number; faster: boolean } | null {
  if (now === null || before === null) return null;
  return { delta: Math.abs(now - before), faster: now < before };
}

/** Steps a person reads on a time axis, in minutes: 5 min … 1 week. */
const STEPS = [5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 4320, 10080];

/** The smallest readable step that draws at most 7 steps up to `max` minutes. */
export function timeStep(max: number): number {
  return STEPS.find((s) => max / s <= 7) ?? Math.ceil(max / 7 / 10080) * 10080;
}
