// The overview's trend: an interval (chosen so most points have enough answers, unless the person
// picked one), an optional rolling 7-day line, the Chart.js charts (loaded on demand) and the same
// numbers as a table, because a canvas is invisible to screen readers.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Summary, Trend } from '../../../../shared/api';
import { chooseInterval } from '../../../../shared/metrics';
import { enc, query } from '../../lib/api';
import { daysIn, isoDay, rangeOf, siteToday } from '../../lib/dates';
import { filterParams } from '../../lib/filters';
import { navigate, withParams } from '../../lib/route';
import { addDays, partialText, ROLLING_DAYS, shapeTrend, type Interval, type Series } from './trend-series';
import { TrendTable } from './trend-table';
import { useApi, type Loaded } from '../../lib/use-api';
import { ErrorNote, Loading, Segmented } from '../../components/ui';
import { tr } from '../../lib/i18n';
import { TREND_TEXT as TEXT, type TrendWords as Words } from './trend.text';

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
  const t: Words = tr(TEXT);
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
  if (failed) return <p class="note error">{t.chartFailed}</p>;
  const per = t.per[series.rolling ? 'rolling' : series.interval];
  return (
    <div class="charts">
      <div class="chart-box">
        <canvas ref={main} role="img" aria-label={t.mainLabel(per)} />
      </div>
      <div class="chart-box small">
        <canvas ref={volume} role="img" aria-label={t.volumeLabel(per)} />
      </div>
    </div>
  );
}

export function TrendSection({ q, site, summary }: { q: URLSearchParams; site: string; summary: Loaded<Summary> }) {
  const t: Words = tr(TEXT);
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
  const partial = series?.points.at(-1)?.partial ? partialText(series.interval) : null;
  return (
    <section class="panel" aria-labelledby="trend-h">
      <div class="panel-head">
        <h2 id="trend-h">{t.heading}</h2>
        <div class="trend-controls">
          {interval === 'day' && (
            <Segmented
              legend={t.points}
              name="points"
              value={rolling ? 'rolling' : 'day'}
              options={[
                { id: 'day', label: t.thatDay },
                { id: 'rolling', label: t.last7 },
              ]}
              onChange={(v) => navigate(withParams(q, { points: v === 'rolling' ? v : null }), true)}
            />
          )}
          <Segmented
            legend={t.interval}
            name="interval"
            value={interval ?? ''}
            options={(['day', 'week', 'month'] as const).map((id) => ({ id, label: t.intervals[id] }))}
            onChange={(v) => navigate(withParams(q, { interval: v }), true)}
          />
        </div>
      </div>
      {chosen && interval && <p class="note">{t.chosen(t.per[interval])}</p>}
      {(res.loading || !interval) && !summary.error && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {series && empty && <p class="note">{t.none}</p>}
      {series && !empty && (
        <>
          <Charts series={series} />
          <p class="note trend-legend">
            {t.legend(partial)}
            {rolling && ` ${t.rollingNote}`}
          </p>
          <details class="data-table">
            <summary>{t.table}</summary>
            <TrendTable series={series} />
          </details>
        </>
      )}
    </section>
  );
}
