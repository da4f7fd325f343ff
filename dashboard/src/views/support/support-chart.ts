// The Support view's Chart.js drawings, loaded on demand like the overview's trend: the median first
// response and resolution time per interval with the tickets solved under it, and a driver's scores per
// bucket as bars with their 95% margins as whiskers; small samples hollow, as the trend marks them.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type Plugin } from 'chart.js';
import type { KpisView } from '../../../../shared/api';
import { isSmall } from '../../../../shared/metrics/bands';
import { fmtPoint } from '../../lib/dates';
import { duration, num } from '../../lib/format';
import { locale, tr } from '../../lib/i18n';
import { DRIVER_TEXT } from './drivers.text';
import { fmtScore, metricName, timeStep, type Bar, type DriverMetric } from './support-shape';
import { SUPPORT_TEXT } from './support.text';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale, Tooltip, Legend, BarController, BarElement);

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#555';
}

function setDefaults() {
  Chart.defaults.color = cssVar('--muted');
  Chart.defaults.font.size = 13;
}

const axisTitle = (text: string) => ({ display: true, text, color: cssVar('--fg'), font: { size: 13, weight: 'bold' as const } });

/** Median first response and resolution per interval (minutes, written as durations) and the tickets solved. */
export function drawSpeedTrend(main: HTMLCanvasElement, volume: HTMLCanvasElement, points: KpisView['points'], interval: KpisView['interval']): () => void {
  setDefaults();
  const t = tr(SUPPORT_TEXT);
  const grid = cssVar('--grid');
  const hollow = cssVar('--surface');
  const labels = points.map((p) => fmtPoint(p.start, interval));
  const x = { grid: { color: grid }, ticks: { maxRotation: 0, autoSkipPadding: 12 } };
  const line = (label: string, color: string, dash: number[], style: 'circle' | 'rect', get: (p: KpisView['points'][number]) => KpisView['current']['firstResponse']) => {
    const few = points.map((p) => isSmall(get(p).n));
    return {
      label,
      data: points.map((p) => get(p).median),
      borderColor: color,
      backgroundColor: color,
      borderDash: dash,
      pointStyle: style,
      pointBackgroundColor: few.map((f) => (f ? hollow : color)),
      pointBorderColor: color,
      pointRadius: few.map((f) => (f ? 4 : points.length > 45 ? 0 : 3)),
      borderWidth: 2,
      tension: 0.2,
      spanGaps: false,
    };
  };
  const max = Math.max(1, ...points.flatMap((p) => [p.firstResponse.median ?? 0, p.resolution.median ?? 0]));
  const step = timeStep(max);
  const chart = new Chart(main, {
    type: 'line',
    data: {
      labels,
      datasets: [
        line(t.firstMedian, cssVar('--chart-nps'), [], 'circle', (p) => p.firstResponse),
        line(t.resolutionMedian, cssVar('--chart-ces'), [6, 3], 'rect', (p) => p.resolution),
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: locale(),
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true, color: cssVar('--fg') } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${duration(item.parsed.y)}` } },
      },
      // Ticks at whole durations ("6 hrs", "1 day"), not at Chart.js's round numbers of minutes.
      scales: { x, y: { beginAtZero: true, grid: { color: grid }, ticks: { stepSize: step, callback: (v) => (Number(v) === 0 ? num(0) : duration(Number(v))) } } },
    },
  });
  const bars = new Chart(volume, {
    type: 'bar',
    data: { labels, datasets: [{ label: t.solved, data: points.map((p) => p.solved), backgroundColor: cssVar('--chart-volume') }] },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: locale(),
      animation: false,
      plugins: { legend: { display: false } },
      scales: { x, y: { beginAtZero: true, title: axisTitle(t.solved), grid: { color: grid }, ticks: { precision: 0 } } },
    },
  });
  Object.defineProperty(main, 'chart', { value: chart, configurable: true });
  return () => {
    chart.destroy();
    bars.destroy();
  };
}

/** Whiskers from each bar's low to high (its 95% margin), with caps. */
function whiskers(bars: Bar[]): Plugin<'bar'> {
  return {
    id: 'voceWhiskers',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const x = chart.scales.x!;
      const y = chart.scales.y!;
      ctx.save();
      ctx.strokeStyle = cssVar('--fg');
      ctx.lineWidth = 1.5;
      bars.forEach((b, i) => {
        if (b.low === null || b.high === null) return;
        const px = x.getPixelForValue(i);
        const [lo, hi] = [y.getPixelForValue(b.low), y.getPixelForValue(b.high)];
        ctx.beginPath();
        ctx.moveTo(px, lo);
        ctx.lineTo(px, hi);
        ctx.moveTo(px - 6, lo);
        ctx.lineTo(px + 6, lo);
        ctx.moveTo(px - 6, hi);
        ctx.lineTo(px + 6, hi);
        ctx.stroke();
      });
      ctx.restore();
    },
  };
}

const SCALE: Record<DriverMetric, { min: number; max: number; color: string }> = {
  csat: { min: 0, max: 100, color: '--chart-csat' },
  ces: { min: 1, max: 5, color: '--chart-ces' },
  nps: { min: -100, max: 100, color: '--chart-nps' },
};

/** One driver's scores per bucket, "n = …" under each bucket's name; returns a function that removes the chart. */
export function drawDriver(canvas: HTMLCanvasElement, bars: Bar[], metric: DriverMetric): () => void {
  setDefaults();
  const t = tr(DRIVER_TEXT);
  const s = SCALE[metric];
  const color = cssVar(s.color);
  const hollow = cssVar('--surface');
  const chart = new Chart(canvas, {
    type: 'bar',
    data: {
      labels: bars.map((b) => [b.label, `n = ${num(b.n)}`]),
      datasets: [
        {
          label: metric === 'ces' ? t.cesLower : metricName(metric),
          data: bars.map((b) => b.value),
          backgroundColor: bars.map((b) => (b.small ? hollow : color)),
          borderColor: color,
          borderWidth: bars.map((b) => (b.small ? 2 : 0)),
          // A bar starts at the scale's floor (NPS at 0), so its height reads as the score.
          base: metric === 'nps' ? 0 : s.min,
          maxBarThickness: 72,
        },
      ],
    },
    plugins: [whiskers(bars)],
    options: {
      responsive: true,
      maintainAspectRatio: false,
      locale: locale(),
      animation: false,
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            title: (items) => bars[items[0]?.dataIndex ?? 0]?.label ?? '',
            label: (item) => {
              const b = bars[item.dataIndex]!;
              if (b.value === null) return `${metricName(metric)}: —`;
              const range = `${fmtScore(metric, b.low!, metric === 'ces' ? 2 : 1)}–${fmtScore(metric, b.high!, metric === 'ces' ? 2 : 1)}`;
              return `${metricName(metric)}: ${fmtScore(metric, b.value, metric === 'ces' ? 2 : 1)} (${range}; n = ${num(b.n)}${b.small ? `, ${t.small}` : ''})`;
            },
          },
        },
      },
      scales: {
        x: {
          grid: { display: false },
          ticks: {
            maxRotation: 0,
            autoSkip: false,
            // On a phone five buckets share ~300 px: a long label breaks at its last space ("1–3 | giorni").
            font: (ctx) => ({ size: ctx.chart.width < 480 ? 11 : 13 }),
            callback(value) {
              const label = this.getLabelForValue(Number(value)) as unknown as string | string[];
              const lines = Array.isArray(label) ? label : [label];
              const cut = (l: string) => (l.length > 7 && l.includes(' ') ? [l.slice(0, l.lastIndexOf(' ')), l.slice(l.lastIndexOf(' ') + 1)] : [l]);
              return this.chart.width < 480 ? lines.flatMap((l) => (l.startsWith('n =') ? [l] : cut(l))) : lines;
            },
          },
        },
        y: { min: s.min, max: s.max, title: axisTitle(metric === 'ces' ? t.cesLower : metric === 'csat' ? 'CSAT %' : 'NPS'), grid: { color: cssVar('--grid') } },
      },
    },
  });
  Object.defineProperty(canvas, 'chart', { value: chart, configurable: true });
  return () => chart.destroy();
}
