// The overview's trend: an interval (chosen so most points have enough answers, unless the person
// picked one), an optional rolling 7-day line, the Chart.js charts (loaded on demand) and the same
// numbers as a table, because a canvas is invisible to screen readers.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Summary, Trend } from '../../../../shared/api';
import { chooseInterval, SMALL_SAMPLE } from '../../../../shared/metrics';
import { enc, query } from '../../lib/api';
import { daysIn, isoDay, rangeOf, siteToday } from '../../lib/dates';
import { filterParams } from '../../lib/filters';
import { navigate, withParams } from '../../lib/route';
import { addDays, PARTIAL_TEXT, ROLLING_DAYS, shapeTrend, type Interval, type Series } from './trend-series';
import { TrendTable } from './trend-table';
import { useApi, type Loaded } from '../../lib/use-api';
import { ErrorNote, Loading, Segmented } from '../../components/ui';

const TEXT = {
  heading: 'Trend',
  interval: 'Interval',
  intervals: [
    { id: 'day', label: 'Day' },
    { id: 'week', label: 'Week' },
    { id: 'month', label: 'Month' },
  ] as { id: Interval; label: string }[],
  points: 'Each point',
  pointKinds: [
    { id: 'day', label: 'That day' },
    { id: 'rolling', label: 'Last 7 days' },
  ] as { id: 'day' | 'rolling'; label: string }[],
  chosen: (per: Interval) =>
    `Shown by ${per}, chosen so that most points have ${SMALL_SAMPLE} or more answers; pick another interval above.`,
  legend: (partial: string | null) =>
    `Shaded: the 95% range of each point. Hollow markers and dotted lines: fewer than ${SMALL_SAMPLE} answers (small sample).` +
    (partial ? ` The last point is ${partial}, dotted too.` : ''),
  rollingNote: 'Each point pools the answers of that day and the 6 days before it.',
  none: 'No responses in this period.',
  chartFailed: 'The chart could not be loaded; the table below has the same numbers.',
  mainLabel: (per: string) =>
    `Line chart of NPS, CSAT % and CES mean per ${per} with 95% ranges; small samples hollow; the table below has the same numbers.`,
  volumeLabel: (per: string) => `Bar chart of responses per ${per}; the table below has the same numbers.`,
  table: 'Show the trend as a table',
} as const;

/** The interval in the address, else one chosen from the summary's answers; undefined while it loads. */
function intervalOf(q: URLSearchParams, summary: Loaded<Summary>): { interval?: Interval; chosen: boolean } {
  const v = q.get('interval');
  if (v === 'day' || v === 'week' || v === 'month') return { interval: v, chosen: false };
  const { from, to } = rangeOf(q);
  const s = summary.data?.current;
  if (s) {
    const n = Math.max(s.nps?.n ?? 0, s.csat?.n ?? 0, s.ces?.n ?? 0, 0) || s.responses;
    return { interval: chooseInterval(n, from, to), chosen: true };
  }
  if (summary.error) return { interval: daysIn(from, to) <= 31 ? 'day' : daysIn(from, to) <= 180 ? 'week' : 'month', chosen: false };
  return { chosen: true };
}

// Chart.js starts loading with the trend's data, not after it: one promise, made on first use.
let chartModule: Promise<typeof import('./trend-chart')> | undefined;
const loadCharts = () =>
  (chartModule ??= import('./trend-chart').catch((err: unknown) => {
    chartModule = undefined; // a later view tries again
    throw err;
  }));

function Charts({ series }: { series: Series }) {
  const main = useRef<HTMLCanvasElement>(null);
  const volume = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let undo: (() => void) | undefined;
    let gone = false;
    loadCharts().then(
      (m) => {
        if (!gone && main.current && volume.current) undo = m.drawTrend(main.current, volume.current, series);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      undo?.();
    };
  }, [series]);
  if (failed) return <p class="note error">{TEXT.chartFailed}</p>;
  const per = series.rolling ? '7 days' : series.interval;
  return (
    <div class="charts">
      <div class="chart-box">
        <canvas ref={main} role="img" aria-label={TEXT.mainLabel(per)} />
      </div>
      <div class="chart-box small">
        <canvas ref={volume} role="img" aria-label={TEXT.volumeLabel(per)} />
      </div>
    </div>
  );
}

export function TrendSection({ q, site, summary }: { q: URLSearchParams; site: string; summary: Loaded<Summary> }) {
  const { interval, chosen } = intervalOf(q, summary);
  const rolling = interval === 'day' && q.get('points') === 'rolling';
  useEffect(() => void loadCharts().catch(() => {}), []);
  const params = filterParams(q);
  // A rolling point pools the 6 days before it too: for the first day of the range, ask for those.
  if (rolling) params.from = addDays(params.from!, -(ROLLING_DAYS - 1));
  const res = useApi<Trend>(interval ? `/sites/${enc(site)}/trend${query({ interval, ...params })}` : null);
  const to = rangeOf(q).to;
  const series = useMemo(
    () =>
      res.data &&
      shapeTrend(res.data.points, {
        interval: res.data.interval,
        to,
        today: isoDay(siteToday()),
        rollingDays: rolling ? ROLLING_DAYS : undefined,
      }),
    [res.data, to, rolling],
  );
  const empty = !series || series.points.every((p) => p.responses === 0);
  const partial = series?.points.at(-1)?.partial ? PARTIAL_TEXT[series.interval] : null;
  return (
    <section class="panel" aria-labelledby="trend-h">
      <div class="panel-head">
        <h2 id="trend-h">{TEXT.heading}</h2>
        <div class="trend-controls">
          {interval === 'day' && (
            <Segmented
              legend={TEXT.points}
              name="points"
              value={rolling ? 'rolling' : 'day'}
              options={TEXT.pointKinds}
              onChange={(v) => navigate(withParams(q, { points: v === 'rolling' ? v : null }), true)}
            />
          )}
          <Segmented
            legend={TEXT.interval}
            name="interval"
            value={interval ?? ''}
            options={TEXT.intervals}
            onChange={(v) => navigate(withParams(q, { interval: v }), true)}
          />
        </div>
      </div>
      {chosen && interval && <p class="note">{TEXT.chosen(interval)}</p>}
      {(res.loading || !interval) && !summary.error && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {series && empty && <p class="note">{TEXT.none}</p>}
      {series && !empty && (
        <>
          <Charts series={series} />
          <p class="note trend-legend">
            {TEXT.legend(partial)}
            {rolling && ` ${TEXT.rollingNote}`}
          </p>
          <details class="data-table">
            <summary>{TEXT.table}</summary>
            <TrendTable series={series} />
          </details>
        </>
      )}
    </section>
  );
}
