// The overview's CES aspects (issue #14): each aspect's mean with its 95% margin (a bar with an error
// bar, and the numbers in the table beside it), the aspect that most separates satisfied from
// unsatisfied customers in one sentence, and the means per interval; small samples said in words.
import type { AspectMean, AspectsView } from '../../../../shared/api';
import type { Separating } from '../../../../shared/metrics/aspects';
import { aspectLabel } from '../../lib/agents';
import { enc, query } from '../../lib/api';
import { daysIn, fmtDay, fmtPoint, rangeOf } from '../../lib/dates';
import { filterParams } from '../../lib/filters';
import { tr } from '../../lib/i18n';
import { NONE, num } from '../../lib/format';
import { useApi } from '../../lib/use-api';
import { ErrorNote, Loading, TableWrap } from '../../components/ui';
import { T } from './aspects.text';

type Interval = AspectsView['interval'];

/** The interval the trend uses when one is in the address; else one that keeps the table short. */
function intervalOf(q: URLSearchParams): Interval {
  const v = q.get('interval');
  if (v === 'day' || v === 'week' || v === 'month') return v;
  const { from, to } = rangeOf(q);
  const days = daysIn(from, to);
  return days <= 14 ? 'day' : days <= 120 ? 'week' : 'month';
}

const fmt = (x: number | null) => (x === null ? NONE : num(x, 2));

/** A 1–5 scale bar with the mean and a whisker for its margin; decoration, the table has the numbers. */
function MeanBar({ a }: { a: AspectMean }) {
  if (a.mean === null) return null;
  const x = (v: number) => (100 * (Math.min(5, Math.max(1, v)) - 1)) / 4;
  return (
    <svg class="aspect-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect class="aspect-bar-bg" x="0" y="2" width="100" height="6" />
      <rect class={a.small ? 'aspect-bar-fill small' : 'aspect-bar-fill'} x="0" y="2" width={x(a.mean)} height="6" />
      <line class="aspect-bar-err" x1={x(a.mean - a.margin95)} x2={x(a.mean + a.margin95)} y1="5" y2="5" />
    </svg>
  );
}

function SeparatingNote({ s }: { s: Separating }) {
  const t = tr(T);
  const say = s.clear ? t.clear : t.unclear;
  return (
    <p class="aspect-separating">
      <strong>{say(aspectLabel(s.aspect), num(s.satisfiedMean, 1), num(s.unsatisfiedMean, 1))}</strong>{' '}
      <span class="muted">{t.sides(num(s.difference, 1), num(s.margin95, 1), s.satisfiedN, s.unsatisfiedN)}</span>
    </p>
  );
}

export function AspectsSection({ q, site }: { q: URLSearchParams; site: string }) {
  const t = tr(T);
  const interval = intervalOf(q);
  const res = useApi<AspectsView>(`/sites/${enc(site)}/aspects${query({ interval, ...filterParams(q) })}`);
  const d = res.data;
  return (
    <section class="panel" aria-labelledby="aspects-h">
      <h2 id="aspects-h">{t.heading}</h2>
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {d && d.aspects.length === 0 && <p class="note">{t.none}</p>}
      {d && d.aspects.length > 0 && (
        <>
          <p class="muted small">{t.intro}</p>
          {d.separating && <SeparatingNote s={d.separating} />}
          <TableWrap label={t.tableLabel}>
            <table class="aspect-table">
              <caption class="sr-only">{t.caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.aspect}</th>
                  <th scope="col" class="num">{t.mean}</th>
                  <th scope="col" class="num">{t.margin}</th>
                  <th scope="col" class="num">{t.answers}</th>
                  <th scope="col" class="aspect-bar-cell"><span class="sr-only">1–5</span></th>
                </tr>
              </thead>
              <tbody>
                {d.aspects.map((a) => (
                  <tr key={a.key} class={a.small ? 'small-sample' : undefined}>
                    <th scope="row">
                      {aspectLabel(a.key)}
                      {a.small && <span class="badge">{t.small}</span>}
                    </th>
                    <td class="num">{fmt(a.mean)}</td>
                    <td class="num">{a.mean === null ? NONE : `± ${num(a.margin95, 2)}`}</td>
                    <td class="num">{num(a.n)}</td>
                    <td class="aspect-bar-cell"><MeanBar a={a} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <h3>{t.overTime}</h3>
          <TableWrap label={t.timeLabel}>
            <table class="aspect-time">
              <caption class="sr-only">{t.timeCaption(t.per[d.interval])}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.noun[d.interval]}</th>
                  {d.aspects.map((a) => (
                    <th key={a.key} scope="col" class="num">{aspectLabel(a.key)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.points.map((p) => (
                  <tr key={p.start}>
                    <th scope="row">{d.interval === 'month' ? fmtPoint(p.start, 'month') : fmtDay(p.start)}</th>
                    {p.aspects.map((a) => (
                      <td key={a.key} class="num">
                        {a.mean === null ? NONE : `${num(a.mean, 2)} ± ${num(a.margin95, 2)}`}
                        {a.mean !== null && a.small && <span class="badge">{`n = ${num(a.n)}, ${t.small}`}</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
