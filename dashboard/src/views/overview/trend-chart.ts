// The Chart.js drawing of a shaped trend (trend-series.ts), loaded on demand (dynamic import) to keep
// the first load small: NPS and CSAT % on the left axis, CES mean on a right axis 1–5, each with its
// 95% band; points with few answers hollow and joined by dotted lines, as is the partial last point.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type Plugin,
  type ScriptableLineSegmentContext,
} from 'chart.js';
import type { Band } from '../../../../shared/metrics/bands';
import { round } from '../../../../shared/metrics/round';
import { fmtPoint } from '../../lib/dates';
import { num, signed } from '../../lib/format';
import { partialText, smallestN, type Series, type SeriesPoint } from './trend-series';
import { locale, tr } from '../../lib/i18n';
import { CHART_TEXT as TEXT, type ChartWords as Words } from './trend-chart.text';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, BarController, BarElement);

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#555';
}

type Metric = 'nps' | 'csat' | 'ces';
/** The metrics as drawn; `label` reads the language in force (the chart is drawn anew after a switch). */
const METRICS: { key: Metric; readonly label: string; color: string; dash: number[]; style: 'circle' | 'rect' | 'triangle'; digits: number; axis: 'y' | 'y2' }[] = [
  { key: 'nps', label: 'NPS', color: '--chart-nps', dash: [], style: 'circle', digits: 1, axis: 'y' },
  { key: 'csat', get label() { return tr(TEXT).csat; }, color: '--chart-csat', dash: [6, 3], style: 'rect', digits: 1, axis: 'y' },
  { key: 'ces', get label() { return tr(TEXT).cesRight; }, color: '--chart-ces', dash: [2, 2], style: 'triangle', digits: 2, axis: 'y2' },
];
/** Lines to or from an uncertain point: sparse dots, so they do not read as a measured slope. */
const UNSURE_DASH = [1, 5];

const uncertain = (p: SeriesPoint | undefined, m: Metric) => !!p && (p.partial || !!p[m]?.small);

/** Shades each metric's 95% band: an area over consecutive points, a whisker for a point alone. */
function bandsPlugin(series: Series): Plugin<'line'> {
  return {
    id: 'voceBands',
    beforeDatasetsDraw(chart) {
      const { ctx } = chart;
      const x = chart.scales.x!;
      METRICS.forEach((m, k) => {
        const y = chart.scales[m.axis]!;
        const color = (chart.data.datasets[k] as { borderColor?: string }).borderColor ?? '#555';
        const bands = series.points.map((p) => p[m.key]);
        ctx.save();
        ctx.fillStyle = color;
        ctx.strokeStyle = color;
        for (let i = 0; i < bands.length; ) {
          if (!bands[i]) {
            i++;
            continue;
          }
          let j = i;
          while (j + 1 < bands.length && bands[j + 1]) j++;
          const run = bands.slice(i, j + 1) as Band[];
          const px = (d: number) => x.getPixelForValue(i + d);
          if (run.length === 1) {
            ctx.globalAlpha = 0.45;
            ctx.lineWidth = 2;
            ctx.beginPath();
            ctx.moveTo(px(0), y.getPixelForValue(run[0]!.low));
            ctx.lineTo(px(0), y.getPixelForValue(run[0]!.high));
            ctx.stroke();
          } else {
            ctx.globalAlpha = 0.14;
            ctx.beginPath();
            run.forEach((b, d) => (d ? ctx.lineTo(px(d), y.getPixelForValue(b.high)) : ctx.moveTo(px(d), y.getPixelForValue(b.high))));
            for (let d = run.length - 1; d >= 0; d--) ctx.lineTo(px(d), y.getPixelForValue(run[d]!.low));
            ctx.closePath();
            ctx.fill();
          }
          i = j + 1;
        }
        ctx.restore();
      });
    },
  };
}

function tooltipLine(m: (typeof METRICS)[number], p: SeriesPoint): string {
  const t: Words = tr(TEXT);
  const b = p[m.key];
  if (!b) return `${m.label}: ${t.none}`;
  const v = m.key === 'nps' ? signed(b.value, 1) : num(b.value, m.digits);
  const range = t.range(num(b.low, m.digits), num(b.high, m.digits));
  return `${m.label}: ${v} (${range}; n = ${num(b.n)}${b.small ? `, ${t.small}` : ''})`;
}

/** Draws both charts; returns a function that removes them. */
export function drawTrend(main: HTMLCanvasElement, volume: HTMLCanvasElement, series: Series): () => void {
  const t: Words = tr(TEXT);
  const text = cssVar('--fg');
  const grid = cssVar('--grid');
  const hollow = cssVar('--surface');
  Chart.defaults.color = cssVar('--muted');
  Chart.defaults.font.size = 13;
  const pts = series.points;
  const last = pts.length - 1;
  const labels = pts.map((p, i) => fmtPoint(p.start, series.interval) + (p.partial && i === last ? ` (${t.soFar})` : ''));
  const many = pts.length > 45;
  const axisTitle = (t: string) => ({ display: true, text: t, color: text, font: { size: 13, weight: 'bold' as const } });
  const x = { grid: { color: grid }, ticks: { maxRotation: 0, autoSkipPadding: 12 } };

  const datasets = METRICS.map((m) => {
    const color = cssVar(m.color);
    const unsure = pts.map((p) => uncertain(p, m.key));
    const unsureSegment = (c: ScriptableLineSegmentContext) => unsure[c.p0DataIndex] || unsure[c.p1DataIndex];
    return {
      label: m.label,
      data: pts.map((p) => (p[m.key] ? round(p[m.key]!.value, m.digits) : null)),
      yAxisID: m.axis,
      borderColor: color,
      backgroundColor: color,
      borderDash: m.dash,
      pointStyle: m.style,
      // Hollow where the sample is small or the interval not over; always visible, even among many points.
      pointBackgroundColor: unsure.map((u) => (u ? hollow : color)),
      pointBorderColor: color,
      pointRadius: unsure.map((u) => (u ? 4 : many ? 0 : 3)),
      pointBorderWidth: unsure.map((u) => (u ? 2 : 1)),
      pointHoverRadius: 5,
      borderWidth: 2,
      tension: 0.2,
      spanGaps: false,
      segment: {
        borderDash: (c: ScriptableLineSegmentContext) => (unsureSegment(c) ? UNSURE_DASH : undefined),
        borderWidth: (c: ScriptableLineSegmentContext) => (unsureSegment(c) ? 1.5 : undefined),
      },
    };
  });

  const chart = new Chart(main, {
    type: 'line',
    data: { labels, datasets },
    plugins: [bandsPlugin(series)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: locale(), // the axes' numbers as the dashboard writes them
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, color: text } },
        tooltip: {
          callbacks: {
            title: (items) => {
              const p = pts[items[0]?.dataIndex ?? 0];
              return p ? `${fmtPoint(p.start, series.interval)}${p.partial ? `, ${partialText(series.interval)}` : ''}` : '';
            },
            label: (item) => tooltipLine(METRICS[item.datasetIndex]!, pts[item.dataIndex]!),
            footer: (items) => {
              const p = pts[items[0]?.dataIndex ?? 0];
              return p?.small ? t.footer(num(smallestN(p))) : '';
            },
          },
        },
      },
      scales: {
        x,
        y: { min: -100, max: 100, title: axisTitle(t.leftAxis), grid: { color: grid }, ticks: { stepSize: 25 } },
        y2: {
          position: 'right',
          min: 1,
          max: 5,
          title: axisTitle(t.rightAxis),
          grid: { drawOnChartArea: false },
          ticks: { stepSize: 1 },
        },
      },
    },
  });

  const volumeColor = cssVar('--chart-volume');
  const bars = new Chart(volume, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: series.rolling ? t.rolling : t.responses,
          data: pts.map((p) => p.responses),
          backgroundColor: pts.map((p) => (p.partial ? hollow : volumeColor)),
          borderColor: volumeColor,
          borderWidth: pts.map((p) => (p.partial ? 2 : 0)),
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: locale(), // the axes' numbers as the dashboard writes them
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x,
        y: { beginAtZero: true, title: axisTitle(t.responses), grid: { color: grid }, ticks: { precision: 0 } },
      },
    },
  });

  // What was drawn, for tests and devtools (Chart.getChart needs this module; the page does not have it).
  Object.defineProperty(main, 'chart', { value: chart, configurable: true });
  return () => {
    chart.destroy();
    bars.destroy();
  };
}
