// The trend as a data table: what the canvas shows, readable by screen readers and copyable.
import type { Trend } from '../../shared/api';
import { fmtDay, fmtPoint } from './dates';
import { NONE, num, pct, signed } from './format';
import { TableWrap } from './ui';

const INTERVAL_NOUN = { day: 'Day', week: 'Week of', month: 'Month' } as const;

export function TrendTable({ trend }: { trend: Trend }) {
  return (
    <TableWrap label="Trend data table">
      <table>
        <caption>NPS, CSAT and CES per {trend.interval}</caption>
        <thead>
          <tr>
            <th scope="col">{INTERVAL_NOUN[trend.interval]}</th>
            <th scope="col" class="num">
              Responses
            </th>
            <th scope="col" class="num">
              NPS
            </th>
            <th scope="col" class="num">
              CSAT %
            </th>
            <th scope="col" class="num">
              CES mean
            </th>
          </tr>
        </thead>
        <tbody>
          {trend.points.map((p) => (
            <tr key={p.start}>
              <th scope="row">
                {trend.interval === 'month' ? fmtPoint(p.start, 'month') : fmtDay(p.start.slice(0, 10))}
              </th>
              <td class="num">{num(p.responses)}</td>
              <td class="num">{p.nps ? signed(p.nps.score) : NONE}</td>
              <td class="num">{pct(p.csat?.percent)}</td>
              <td class="num">{p.ces ? num(p.ces.mean, 2) : NONE}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
