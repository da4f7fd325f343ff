// GET summary, trend and breakdown of a site (SPEC.md summary shape, unrounded, null without answers;
// the summary adds the links funnel, and the answers per source when asked).
import { Hono } from 'hono';
import type { Breakdown, Summary, Trend } from '../../../../shared/api';
import { emptyCounts, linkRates, metricsFromCounts } from '../../../../shared/metrics';
import { BreakdownQuery, SummaryQuery, TrendQuery } from '../../../../shared/schemas';
import { answersBySource, readTally } from '../../db/metrics';
import { validate } from '../../validate';
import type { SiteEnv } from './access';
import { buckets, filtersOf, resolveRange } from './range';

export const metrics = new Hono<SiteEnv>();

metrics.get('/summary', async (c) => {
  const q = validate(SummaryQuery, c.req.query(), 'query');
  const site = c.get('site');
  const { current, previous } = resolveRange(q, c.get('zone'));
  const filters = filtersOf(q);
  const db = c.env.DB;
  const [cur, prev] = await Promise.all([readTally(db, site, current, filters, 'all'), readTally(db, site, previous, filters, 'all')]);
  const [curCounts, prevCounts] = [cur.counts.get(null) ?? emptyCounts(), prev.counts.get(null) ?? emptyCounts()];
  const body: Summary = {
    from: current.fromDay,
    to: current.toDay,
    filters,
    current: { ...metricsFromCounts(curCounts), links: linkRates(cur.links) },
    previous: { ...metricsFromCounts(prevCounts), links: linkRates(prev.links), from: previous.fromDay, to: previous.toDay },
  };
  // Only when asked: one more read per period, which the overview does not show.
  if (q.sources === '1') {
    [body.current.sources, body.previous.sources] = await Promise.all([
      answersBySource(db, site, current, filters, curCounts.responses),
      answersBySource(db, site, previous, filters, prevCounts.responses),
    ]);
  }
  return c.json(body);
});

metrics.get('/trend', async (c) => {
  const q = validate(TrendQuery, c.req.query(), 'query');
  const { current } = resolveRange(q, c.get('zone'));
  const { counts } = await readTally(c.env.DB, c.get('site'), current, filtersOf(q), q.interval);
  const body: Trend = {
    interval: q.interval,
    points: buckets(current, q.interval).map((start) => ({ start, ...metricsFromCounts(counts.get(start) ?? emptyCounts()) })),
  };
  return c.json(body);
});

metrics.get('/breakdown', async (c) => {
  const q = validate(BreakdownQuery, c.req.query(), 'query');
  const { current } = resolveRange(q, c.get('zone'));
  const { counts } = await readTally(c.env.DB, c.get('site'), current, filtersOf(q), q.by);
  const rows = [...counts].map(([key, n]) => ({ key, ...metricsFromCounts(n) }));
  rows.sort((a, b) => b.responses - a.responses || String(a.key).localeCompare(String(b.key)));
  const body: Breakdown = { by: q.by, rows };
  return c.json(body);
});
