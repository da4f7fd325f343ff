// The Support view's trend: median first response and resolution time per interval and the tickets
// solved (Chart.js, loaded on demand), with the same numbers as a table.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { KpisView } from '../../../../shared/api';
import { Segmented, TableWrap } from '../../components/ui';
import { fmtPoint } from '../../lib/dates';
import { duration, num, pct } from '../../lib/format';
import { tr } from '../../lib/i18n';
import { navigate, withParams } from '../../lib/route';
import { SUPPORT_TEXT, type SupportWords } from './support.text';

// One promise for the chart module, made on first use; a failed load is tried again by a later view.
let charts: Promise<typeof import('./support-chart')> | undefined;
export const loadSupportCharts = () =>
  (charts ??= import('./support-chart').catch((err: unknown) => {
    charts = undefined;
    throw err;
  }));

function Charts({ kpis }: { kpis: KpisView }) {
  const main = useRef<HTMLCanvasElement>(null);
  const volume = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState(false);
  const t: SupportWords = tr(SUPPORT_TEXT);
  useEffect(() => {
    let undo: (() => void) | undefined;
    let gone = false;
    loadSupportCharts().then(
      (m) => {
        if (!gone && main.current && volume.current) undo = m.drawSpeedTrend(main.current, volume.current, kpis.points, kpis.interval);
      },
      () => setFailed(true),
    );
    return () => {
      gone = true;
      undo?.();
    };
  }, [kpis]);
  if (failed) return <p class="note error">{t.chartFailed}</p>;
  return (
    <div class="charts">
      <div class="chart-box">
        <canvas ref={main} role="img" aria-label={t.trendLabel} />
      </div>
      <div class="chart-box small">
        <canvas ref={volume} role="img" aria-label={t.volumeLabel} />
      </div>
    </div>
  );
}

export function SpeedTrend({ q, kpis }: { q: URLSearchParams; kpis: KpisView }) {
  const t: SupportWords = tr(SUPPORT_TEXT);
  return (
    <section class="panel" aria-labelledby="speed-h">
      <div class="panel-head">
        <h2 id="speed-h">{t.trend}</h2>
        <Segmented
          legend={t.interval}
          name="interval"
          value={kpis.interval}
          options={(['day', 'week', 'month'] as const).map((id) => ({ id, label: t.intervals[id] }))}
          onChange={(v) => navigate(withParams(q, { interval: v }), true)}
        />
      </div>
      <Charts kpis={kpis} />
      <details class="data-table">
        <summary>{t.trendTable}</summary>
        <TableWrap label={t.trendTableLabel}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t.period}</th>
                <th scope="col" class="num">{t.solved}</th>
                <th scope="col" class="num">{t.firstMedian}</th>
                <th scope="col" class="num">{t.resolutionMedian}</th>
                <th scope="col" class="num">{t.oneTouch}</th>
                <th scope="col" class="num">{t.reopen}</th>
              </tr>
            </thead>
            <tbody>
              {kpis.points.map((p) => (
                <tr key={p.start}>
                  <th scope="row">{fmtPoint(p.start, kpis.interval)}</th>
                  <td class="num">{num(p.solved)}</td>
                  <td class="num">{duration(p.firstResponse.median)}</td>
                  <td class="num">{duration(p.resolution.median)}</td>
                  <td class="num">{pct(p.oneTouchRate)}</td>
                  <td class="num">{pct(p.reopenRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      </details>
    </section>
  );
}
