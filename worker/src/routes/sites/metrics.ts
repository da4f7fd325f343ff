// GET summary, trend and breakdown of a site (SPEC.md summary shape, unrounded, null without answers).
import { Hono } from 'hono';
import type { Breakdown, Summary, Trend } from '../../../../shared/api';
import { emptyCounts, metricsFromCounts } from '../../../../shared/metrics';
import { BreakdownQuery, RangeQuery, TrendQuery } from '../../../../shared/schemas';
import { linkCounts } from '../../db/links';
import { readCounts, type ReadStats } from '../../db/metrics';
import { measure } from '../../middleware/measure';
import { validate } from '../../validate';
import type { SiteEnv } from './access';
import { buckets, filtersOf, resolveRange } from './range';

export const metrics = new Hono<SiteEnv>();

metrics.get('/summary', async (c) => {
  const q = validate(RangeQuery, c.req.query(), 'query');
  const site = c.get('site');
  const { current, previous } = resolveRange(q);
  const filters = filtersOf(q);
  const stats: ReadStats = { rowsRead: 0 };
  const [cur, prev, curLinks, prevLinks] = await Promise.all([
    readCounts(c.env.DB, site, current, filters, 'all', stats).then((m) => m.get(null) ?? emptyCounts()),
    readCounts(c.env.DB, site, previous, filters, 'all', stats).then((m) => m.get(null) ?? emptyCounts()),
    linkCounts(c.env.DB, site, current.from, current.to, filters),
    linkCounts(c.env.DB, site, previous.from, previous.to, filters),
  ]);
  measure(c, 'X-D1-Rows-Read', stats.rowsRead);
  const body: Summary = {
    from: current.fromDay,
    to: current.toDay,
    filters,
    current: { ...metricsFromCounts(cur), links: curLinks },
    previous: { ...metricsFromCounts(prev), links: prevLinks, from: previous.fromDay, to: previous.toDay },
  };
  return c.json(body);
});

metrics.get('/trend', async (c) => {
  const q = validate(TrendQuery, c.req.query(), 'query');
  const { current } = resolveRange(q);
  const stats: ReadStats = { rowsRead: 0 };
  const counts = await readCounts(c.env.DB, c.get('site'), current, filtersOf(q), q.interval, stats);
  measure(c, 'X-D1-Rows-Read', stats.rowsRead);
  const body: Trend = {
    interval: q.interval,
    points: buckets(current, q.interval).map((start) => ({ start, ...metricsFromCounts(counts.get(start) ?? emptyCounts()) })),
  };
  return c.json(body);
});

metrics.get('/breakdown', async (c) => {
  const q = validate(BreakdownQuery, c.req.query(), 'query');
  const { current } = resolveRange(q);
  const stats: ReadStats = { rowsRead: 0 };
  const counts = await readCounts(c.env.DB, c.get('site'), current, filtersOf(q), q.by, stats);
  measure(c, 'X-D1-Rows-Read', stats.rowsRead);
  const rows = [...counts].map(([key, n]) => ({ key, ...metricsFromCounts(n) }));
  rows.sort((a, b) => b.responses - a.responses || String(a.key).localeCompare(String(b.key)));
  const body: Breakdown = { by: q.by, rows };
  return c.json(body);
});
