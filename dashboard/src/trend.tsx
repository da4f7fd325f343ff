// The overview's trend: an interval choice, the Chart.js charts (loaded on demand) and the same
// numbers as a table, because a canvas is invisible to screen readers.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Trend } from '../../shared/api';
import { enc, query } from './api';
import { daysIn, rangeOf } from './dates';
import { filterParams } from './filters';
import { navigate, withParams } from './route';
import { TrendTable } from './trend-table';
import { useApi } from './use-api';
import { ErrorNote, Loading, Segmented } from './ui';

type Interval = Trend['interval'];

const INTERVALS: { id: Interval; label: string }[] = [
  { id: 'day', label: 'Day' },
  { id: 'week', label: 'Week' },
  { id: 'month', label: 'Month' },
];

function intervalOf(q: URLSearchParams): Interval {
  const v = q.get('interval');
  if (v === 'day' || v === 'week' || v === 'month') return v;
  const { from, to } = rangeOf(q);
  const days = daysIn(from, to);
  return days <= 31 ? 'day' : days <= 180 ? 'week' : 'month';
}

// Chart.js starts loading with the trend's data, not after it: one promise, made on first use.
let chartModule: Promise<typeof import('./trend-chart')> | undefined;
const loadCharts = () =>
  (chartModule ??= import('./trend-chart').catch((err: unknown) => {
    chartModule = undefined; // a later view tries again
    throw err;
  }));

function Charts({ trend }: { trend: Trend }) {
  const main = useRef<HTMLCanvasElement>(null);
  const volume = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let undo: (() => void) | undefined;
    let gone = false;
    loadCharts().then(
      (m) => {
        if (!gone && main.current && volume.current) undo = m.drawTrend(main.current, volume.current, trend);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      undo?.();
    };
  }, [trend]);
  if (failed)
    return <p class="note error">The chart could not be loaded; the table below has the same numbers.</p>;
  const per = trend.interval;
  return (
    <div class="charts">
      <div class="chart-box">
        <canvas
          ref={main}
          role="img"
          aria-label={`Line chart of NPS, CSAT % and CES mean per ${per}; the table below has the same numbers.`}
        />
      </div>
      <div class="chart-box small">
        <canvas
          ref={volume}
          role="img"
          aria-label={`Bar chart of responses per ${per}; the table below has the same numbers.`}
        />
      </div>
    </div>
  );
}

export function TrendSection({ q, site }: { q: URLSearchParams; site: string }) {
  const interval = intervalOf(q);
  useEffect(() => void loadCharts().catch(() => {}), []);
  const res = useApi<Trend>(`/sites/${enc(site)}/trend${query({ interval, ...filterParams(q) })}`);
  const trend = res.data;
  const empty = !trend || trend.points.every((p) => p.responses === 0);
  return (
    <section class="panel" aria-labelledby="trend-h">
      <div class="panel-head">
        <h2 id="trend-h">Trend</h2>
        <Segmented
          legend="Interval"
          name="interval"
          value={interval}
          options={INTERVALS}
          onChange={(v) => navigate(withParams(q, { interval: v }), true)}
        />
      </div>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {trend && empty && <p class="note">No responses in this period.</p>}
      {trend && !empty && (
        <>
          <Charts trend={trend} />
          <details class="data-table">
            <summary>Show the trend as a table</summary>
            <TrendTable trend={trend} />
          </details>
        </>
      )}
    </section>
  );
}
