// The Chart.js drawing of a trend, loaded on demand (dynamic import) to keep the first load small:
// NPS and CSAT % on the left axis, CES mean on a right axis 1–5, responses as bars in a second chart.
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
} from 'chart.js';
import type { Trend } from '../../shared/api';
import { round } from '../../shared/metrics/round';
import { fmtPoint } from './dates';

Chart.register(
  LineController,
  LineElement,
  PointElement,
  LinearScale,
  CategoryScale,
  Tooltip,
  Legend,
  BarController,
  BarElement,
);

function cssVar(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || '#555';
}

/** Draws both charts; returns a function that removes them. */
export function drawTrend(main: HTMLCanvasElement, volume: HTMLCanvasElement, trend: Trend): () => void {
  const text = cssVar('--fg');
  const grid = cssVar('--grid');
  Chart.defaults.color = cssVar('--muted');
  Chart.defaults.font.size = 13;
  const labels = trend.points.map((p) => fmtPoint(p.start, trend.interval));
  const r = (v: number | undefined, d: number) => (v === undefined ? null : round(v, d));
  const line = (color: string, dash: number[], pointStyle: 'circle' | 'rect' | 'triangle') => ({
    borderColor: color,
    backgroundColor: color,
    borderDash: dash,
    pointStyle,
    pointRadius: trend.points.length > 45 ? 0 : 3,
    pointHoverRadius: 5,
    borderWidth: 2,
    tension: 0.2,
    spanGaps: false,
  });
  const axisTitle = (t: string) => ({
    display: true,
    text: t,
    color: text,
    font: { size: 13, weight: 'bold' as const },
  });
  const x = { grid: { color: grid }, ticks: { maxRotation: 0, autoSkipPadding: 12 } };

  const chart = new Chart(main, {
    type: 'line',
    data: {
      labels,
      datasets: [
        {
          label: 'NPS',
          data: trend.points.map((p) => r(p.nps?.score, 1)),
          yAxisID: 'y',
          ...line(cssVar('--chart-nps'), [], 'circle'),
        },
        {
          label: 'CSAT %',
          data: trend.points.map((p) => r(p.csat?.percent, 1)),
          yAxisID: 'y',
          ...line(cssVar('--chart-csat'), [6, 3], 'rect'),
        },
        {
          label: 'CES mean (right axis)',
          data: trend.points.map((p) => r(p.ces?.mean, 2)),
          yAxisID: 'y2',
          ...line(cssVar('--chart-ces'), [2, 2], 'triangle'),
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      interaction: { mode: 'index', intersect: false },
      plugins: { legend: { position: 'bottom', labels: { usePointStyle: true, color: text } } },
      scales: {
        x,
        y: {
          min: -100,
          max: 100,
          title: axisTitle('NPS · CSAT %'),
          grid: { color: grid },
          ticks: { stepSize: 25 },
        },
        y2: {
          position: 'right',
          min: 1,
          max: 5,
          reverse: false,
          title: axisTitle('CES mean (lower is better)'),
          grid: { drawOnChartArea: false },
          ticks: { stepSize: 1 },
        },
      },
    },
  });

  const bars = new Chart(volume, {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          label: 'Responses',
          data: trend.points.map((p) => p.responses),
          backgroundColor: cssVar('--chart-volume'),
        },
      ],
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      plugins: { legend: { display: false } },
      scales: {
        x,
        y: {
          beginAtZero: true,
          title: axisTitle('Responses'),
          grid: { color: grid },
          ticks: { precision: 0 },
        },
      },
    },
  });

  return () => {
    chart.destroy();
    bars.destroy();
  };
}
