// GET kpis and drivers of a site (issue #15, SPEC "Ticket facts and support KPIs"): the support KPIs of
// the range and the period before, per interval and per agent, and the scores by ticket facts. Both read
// the per-day ticket rollups (worker/src/db/support.ts), like the summary reads daily_rollups.
import { Hono } from 'hono';
import type { DriversView, KpisView, TicketKpis } from '../../../../shared/api';
import { DRIVER_BUCKETS, driverBucket, durationStats, emptyCounts, strongestDriver } from '../../../../shared/metrics';
import { DriversQuery, KpisQuery } from '../../../../shared/schemas';
import { localDay, mondayOf, monthStart } from '../../../../shared/timezone';
import { addTicketTally, emptyTicketTally, readBacklog, readDriverTally, readTicketTally, type TicketTally } from '../../db/support';
import { validate } from '../../validate';
import type { SiteEnv } from './access';
import { buckets, filtersOf, resolveRange } from './range';

export const support = new Hono<SiteEnv>();

const rate = (part: number, whole: number) => (whole === 0 ? null : (100 * part) / whole);

/** The KPIs of a tally (without the backlog, which is a count of now, not of a period). */
export function kpisOf(t: TicketTally): Omit<TicketKpis, 'backlog'> {
  return {
    solved: t.solved,
    firstResponse: durationStats(t.firstResponse),
    resolution: durationStats(t.resolution),
    oneTouchRate: rate(t.oneTouch, t.touchKnown),
    reopenRate: rate(t.reopened, t.reopenKnown),
    responseRate: rate(t.responses, t.solved),
  };
}

const INTERVAL_START = { day: (d: string) => d, week: mondayOf, month: (d: string) => monthStart(d) } as const;

support.get('/kpis', async (c) => {
  const q = validate(KpisQuery, c.req.query(), 'query');
  const zone = c.get('zone');
  const now = Date.now();
  const { current, previous } = resolveRange(q, zone, now);
  const filters = filtersOf(q);
  const db = c.env.DB;
  const site = c.get('site');
  const start = INTERVAL_START[q.interval];
  // The backlog is what is open now: only a period that reaches today has one.
  const reachesToday = current.toDay >= localDay(zone, now);
  const [perInterval, prev, perAgent, backlog] = await Promise.all([
    readTicketTally(db, site, current, filters, (r) => start(r.day)),
    readTicketTally(db, site, previous, filters, () => ''),
    readTicketTally(db, site, current, filters, (r) => r.value, true),
    reachesToday ? readBacklog(db, site, filters, now) : null,
  ]);
  const all = emptyTicketTally();
  for (const t of perInterval.values()) addTicketTally(all, t);
  const agents = [...perAgent]
    .filter(([agent, t]) => agent !== '' && t.solved > 0)
    .map(([agent, t]) => ({ agent, ...kpisOf(t) }))
    .sort((a, b) => b.solved - a.solved || a.agent.localeCompare(b.agent));
  const body: KpisView = {
    from: current.fromDay,
    to: current.toDay,
    filters,
    interval: q.interval,
    current: { ...kpisOf(all), backlog },
    previous: { ...kpisOf(prev.get('') ?? emptyTicketTally()), backlog: null, from: previous.fromDay, to: previous.toDay },
    points: buckets(current, q.interval).map((s) => ({ start: s, ...kpisOf(perInterval.get(s) ?? emptyTicketTally()) })),
    agents,
  };
  return c.json(body);
});

support.get('/drivers', async (c) => {
  const q = validate(DriversQuery, c.req.query(), 'query');
  const { current } = resolveRange(q, c.get('zone'));
  const filters = filtersOf(q);
  const tally = await readDriverTally(c.env.DB, c.get('site'), current, filters, q.by);
  const list = DRIVER_BUCKETS[q.by].map((bucket) => {
    const t = tally.get(bucket);
    return driverBucket(bucket, t?.tickets ?? 0, t?.counts ?? emptyCounts());
  });
  const body: DriversView = { by: q.by, from: current.fromDay, to: current.toDay, filters, buckets: list, strongest: strongestDriver(list) };
  return c.json(body);
});
