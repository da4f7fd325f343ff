// The trend as the chart and the table draw it, shaped once: each point's metrics with their 95%
// bands and small-sample flags, the partial interval at the end, and the rolling 7-day pooling.
import type { Trend } from '../../../../shared/api';
import { cesBand, csatBand, npsBand, rolling, type Band, type MetricSet } from '../../../../shared/metrics';
import { tr, type Text } from '../../lib/i18n';

export type Interval = Trend['interval'];
export const ROLLING_DAYS = 7;

export interface SeriesPoint {
  start: string;
  responses: number;
  nps: Band | null;
  csat: Band | null;
  ces: Band | null;
  /** Any metric of the point has fewer than SMALL_SAMPLE answers. */
  small: boolean;
  /** The point's interval is not over yet (the range ends today). */
  partial: boolean;
}

export interface Series {
  interval: Interval;
  rolling: boolean;
  points: SeriesPoint[];
}

/** YYYY-MM-DD, one day earlier or later by `days` (calendar days, no time zone involved). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Shapes trend points. `to` is the range's last day and `today` the current day: when the range ends
 * today (or later), the last point is still filling up. With `rollingDays`, the points must start that
 * many days minus one before the range: each shown day pools itself and the days before it.
 */
export function shapeTrend(
  points: readonly (MetricSet & { start: string })[],
  opts: { interval: Interval; to: string; today: string; rollingDays?: number },
): Series {
  const source = opts.rollingDays ? rolling(points, opts.rollingDays) : points;
  const ongoing = opts.to >= opts.today;
  return {
    interval: opts.interval,
    rolling: !!opts.rollingDays,
    points: source.map((p, i) => {
      const nps = npsBand(p.nps);
      const csat = csatBand(p.csat);
      const ces = cesBand(p.ces);
      return {
        start: p.start,
        responses: p.responses,
        nps,
        csat,
        ces,
        small: [nps, csat, ces].some((b) => b?.small),
        partial: ongoing && i === source.length - 1,
      };
    }),
  };
}

/** The smallest sample behind a point's metrics (what "n = 2, small sample" names). */
export function smallestN(p: SeriesPoint): number {
  const ns = [p.nps, p.csat, p.ces].filter((b): b is Band => b !== null).map((b) => b.n);
  return ns.length ? Math.min(...ns) : 0;
}

const PARTIAL = {
  en: { day: 'today so far', week: 'this week so far', month: 'this month so far' },
  it: { day: 'oggi, finora', week: 'questa settimana, finora', month: 'questo mese, finora' },
  es: { day: 'hoy, hasta ahora', week: 'esta semana, hasta ahora', month: 'este mes, hasta ahora' },
  fr: { day: 'aujourd’hui, jusqu’ici', week: 'cette semaine, jusqu’ici', month: 'ce mois-ci, jusqu’ici' },
  de: { day: 'heute bisher', week: 'diese Woche bisher', month: 'dieser Monat bisher' },
  pt: { day: 'hoje, até agora', week: 'esta semana, até agora', month: 'este mês, até agora' },
  pl: { day: 'dzisiaj, jak dotąd', week: 'ten tydzień, jak dotąd', month: 'ten miesiąc, jak dotąd' },
  nl: { day: 'vandaag tot nu toe', week: 'deze week tot nu toe', month: 'deze maand tot nu toe' },
} satisfies Text<Record<Interval, string>>;

/** Words for the partial last point: "today so far", "this week so far"… in the language in force. */
export function partialText(interval: Interval): string {
  return tr(PARTIAL)[interval];
}
