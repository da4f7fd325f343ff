// Scores by ticket facts (SPEC "Ticket facts and support KPIs"): for the driver and score chosen, the
// bars per bucket with their 95% margins and n, the strongest difference in plain words, and every
// score of every bucket in a table (a canvas is invisible to screen readers).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { DriverBy, DriversView } from '../../../../shared/api';
import { isSmall } from '../../../../shared/metrics/bands';
import { ErrorNote, Loading, Segmented, TableWrap } from '../../components/ui';
import { enc, query } from '../../lib/api';
import { filterParams } from '../../lib/filters';
import { NONE, num } from '../../lib/format';
import { tr } from '../../lib/i18n';
import { navigate, withParams } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { DRIVER_TEXT, type DriverWords } from './drivers.text';
import { bucketLabel, DRIVER_METRICS, DRIVERS, driverBars, findingText, fmtScore, isDriver, isDriverMetric, metricName, scoreOf, type Bar, type DriverMetric } from './support-shape';
import { loadSupportCharts } from './speed-trend';

function DriverChart({ bars, metric, label }: { bars: Bar[]; metric: DriverMetric; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let undo: (() => void) | undefined;
    let gone = false;
    loadSupportCharts().then(
      (m) => {
        if (!gone && canvas.current) undo = m.drawDriver(canvas.current, bars, metric);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      undo?.();
    };
  }, [bars, metric]);
  if (failed) return <p class="note error">{tr(DRIVER_TEXT).chartFailed}</p>;
  return (
    <div class="chart-box driver-chart">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}

function ScoreCell({ b, m }: { b: DriversView['buckets'][number]; m: DriverMetric }) {
  const t: DriverWords = tr(DRIVER_TEXT);
  const s = scoreOf(b, m);
  if (s.value === null) return <td class="num">{NONE}</td>;
  const digits = m === 'ces' ? 2 : 1;
  return (
    <td class="num">
      <span class="value">{fmtScore(m, s.value, digits)}</span>
      {s.margin !== null && <span class="band"> {t.margin(num(s.margin, digits))}</span>}
      <span class="muted n"> n = {num(s.n)}</span>
    </td>
  );
}

function DriverTable({ view }: { view: DriversView }) {
  const t: DriverWords = tr(DRIVER_TEXT);
  return (
    <TableWrap label={t.tableLabel}>
      <table class="driver-table">
        <caption class="sr-only">{t.chartLabel(t.drivers[view.by], 'CSAT %, CES, NPS')}</caption>
        <thead>
          <tr>
            <th scope="col">{t.drivers[view.by]}</th>
            <th scope="col" class="num">{t.tickets}</th>
            <th scope="col" class="num">{t.answers}</th>
            <th scope="col" class="num">CSAT %</th>
            <th scope="col" class="num">{t.cesLower}</th>
            <th scope="col" class="num">NPS</th>
          </tr>
        </thead>
        <tbody>
          {view.buckets.map((b) => (
            <tr key={b.bucket} class={b.responses > 0 && isSmall(b.responses) ? 'small-sample' : undefined}>
              <th scope="row">
                {bucketLabel(view.by, b.bucket)}
                {b.responses > 0 && isSmall(b.responses) && <> <span class="badge">{t.small}</span></>}
              </th>
              <td class="num">{num(b.tickets)}</td>
              <td class="num">{num(b.responses)}</td>
              {DRIVER_METRICS.map((m) => (
                <ScoreCell key={m} b={b} m={m} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function DriversSection({ q, site }: { q: URLSearchParams; site: string }) {
  const t: DriverWords = tr(DRIVER_TEXT);
  const by: DriverBy = isDriver(q.get('driver')) ? (q.get('driver') as DriverBy) : 'first_response';
  const metric: DriverMetric = isDriverMetric(q.get('score')) ? (q.get('score') as DriverMetric) : 'csat';
  const res = useApi<DriversView>(`/sites/${enc(site)}/drivers${query({ by, ...filterParams(q) })}`);
  const view = res.data;
  const bars = useMemo(() => view && driverBars(view.by, view.buckets, metric), [view, metric]);
  const answered = !!view && view.buckets.some((b) => b.responses > 0);
  return (
    <section class="panel" aria-labelledby="drivers-h">
      <div class="panel-head">
        <h2 id="drivers-h">{t.heading}</h2>
        <div class="trend-controls">
          <div class="driver-switch">
            <Segmented
              legend={t.driver}
              name="driver"
              value={by}
              options={DRIVERS.map((id) => ({ id, label: t.drivers[id] }))}
              onChange={(v) => navigate(withParams(q, { driver: v === 'first_response' ? null : v }), true)}
            />
          </div>
          <Segmented
            legend={t.metric}
            name="score"
            value={metric}
            options={DRIVER_METRICS.map((id) => ({ id, label: metricName(id) }))}
            onChange={(v) => navigate(withParams(q, { score: v === 'csat' ? null : v }), true)}
          />
        </div>
      </div>
      <p class="muted small agents-intro">{t.intro}</p>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {view && !answered && <p class="note">{t.noAnswers}</p>}
      {view && answered && bars && (
        <>
          <p class="finding" role="status">
            {view.strongest ? findingText(view.by, view.strongest) : t.noFinding}
          </p>
          <DriverChart bars={bars} metric={metric} label={t.chartLabel(t.drivers[view.by], metric === 'ces' ? t.cesLower : metricName(metric))} />
          <DriverTable view={view} />
        </>
      )}
    </section>
  );
}
