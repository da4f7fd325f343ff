// The trend as a data table: what the canvas shows, readable by screen readers and copyable, with
// each point's 95% range, its small-sample mark and the partial last interval said in words.
import type { Band } from '../../../../shared/metrics/bands';
import { fmtDay, fmtPoint } from '../../lib/dates';
import { NONE, num, signed } from '../../lib/format';
import { PARTIAL_TEXT, smallestN, type Series } from './trend-series';
import { TableWrap } from '../../components/ui';

const TEXT = {
  label: 'Trend data table',
  caption: (per: string, rolling: boolean) =>
    rolling ? 'NPS, CSAT and CES over the 7 days to each day, with 95% ranges' : `NPS, CSAT and CES per ${per}, with 95% ranges`,
  noun: { day: 'Day', week: 'Week of', month: 'Month' },
  responses: 'Responses',
  nps: 'NPS',
  csat: 'CSAT %',
  ces: 'CES mean',
  small: (n: number) => `n = ${num(n)}, small sample`,
  range: (low: string, high: string) => `95%: ${low} to ${high}`,
} as const;

function Cell({ band, fmt }: { band: Band | null; fmt: (v: number) => string }) {
  if (!band) return <td class="num">{NONE}</td>;
  return (
    <td class="num">
      {fmt(band.value)} <span class="band">({TEXT.range(fmt(band.low), fmt(band.high))})</span>
    </td>
  );
}

export function TrendTable({ series }: { series: Series }) {
  const nps = (v: number) => signed(v, 0);
  const pct = (v: number) => `${num(v, 1)}%`;
  const ces = (v: number) => num(v, 2);
  return (
    <TableWrap label={TEXT.label}>
      <table class="trend-table">
        <caption>{TEXT.caption(series.interval, series.rolling)}</caption>
        <thead>
          <tr>
            <th scope="col">{TEXT.noun[series.interval]}</th>
            <th scope="col" class="num">
              {TEXT.responses}
            </th>
            <th scope="col" class="num">
              {TEXT.nps}
            </th>
            <th scope="col" class="num">
              {TEXT.csat}
            </th>
            <th scope="col" class="num">
              {TEXT.ces}
            </th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.start} class={p.small ? 'small-sample' : undefined}>
              <th scope="row">
                {series.interval === 'month' ? fmtPoint(p.start, 'month') : fmtDay(p.start.slice(0, 10))}
                {p.partial && <span class="badge partial">{PARTIAL_TEXT[series.interval]}</span>}
                {p.small && <span class="badge">{TEXT.small(smallestN(p))}</span>}
              </th>
              <td class="num">{num(p.responses)}</td>
              <Cell band={p.nps} fmt={nps} />
              <Cell band={p.csat} fmt={pct} />
              <Cell band={p.ces} fmt={ces} />
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
