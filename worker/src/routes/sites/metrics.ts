// GET summary, trend and breakdown of a site (SPEC.md summary shape, unrounded, null without answers).
import { Hono } from 'hono';
import type { Breakdown, Summary, Trend } from '../../../../shared/api';
import { emptyCounts, metricsFromCounts } from '../../../../shared/metrics';
import { BreakdownQuery, RangeQuery, TrendQuery } from '../../../../shared/schemas';
import { readTally } from '../../db/metrics';
import { validate } from '../../validate';
import type { SiteEnv } from './access';
import { buckets, filtersOf, resolveRange } from './range';

export const metrics = new Hono<SiteEnv>();

const rate = (l: { issued: number; answered: number }) => ({ ...l, rate: l.issued ? (100 * l.answered) / l.issued : null });

metrics.get('/summary', async (c) => {
  const q = validate(RangeQuery, c.req.query(), 'query');
  const site = c.get('site');
  const { current, previous } = resolveRange(q);
  const filters = filtersOf(q);
  const [cur, prev] = await Promise.all([readTally(c.env.DB, site, current, filters, 'all'), readTally(c.env.DB, site, previous, filters, 'all')]);
  const body: Summary = {
    from: current.fromDay,
    to: current.toDay,
    filters,
    current: { ...metricsFromCounts(cur.counts.get(null) ?? emptyCounts()), links: rate(cur.links) },
    previous: { ...metricsFromCounts(prev.counts.get(null) ?? emptyCounts()), links: rate(prev.links), from: previous.fromDay, to: previous.toDay },
  };
  return c.json(body);
});

metrics.get('/trend', async (c) => {
  const q = validate(TrendQuery, c.req.query(), 'query');
  const { current } = resolveRange(q);
  const { counts } = await readTally(c.env.DB, c.get('site'), current, filtersOf(q), q.interval);
  const body: Trend = {
    interval: q.interval,
    points: buckets(current, q.interval).map((start) => ({ start, ...metricsFromCounts(counts.get(start) ?? emptyCounts()) })),
  };
  return c.json(body);
});

metrics.get('/breakdown', async (c) => {
  const q = validate(BreakdownQuery, c.req.query(), 'query');
  const { current } = resolveRange(q);
  const { counts } = await readTally(c.env.DB, c.get('site'), current, filtersOf(q), q.by);
  const rows = [...counts].map(([key, n]) => ({ key, ...metricsFromCounts(n) }));
  rows.sort((a, b) => b.responses - a.responses || String(a.key).localeCompare(String(b.key)));
  const body: Breakdown = { by: q.by, rows };
  return c.json(body);
});
