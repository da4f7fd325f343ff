// The Support view's KPI cards (SPEC "Ticket facts and support KPIs"): tickets solved, first response and
// resolution time (median and 90th percentile), one-touch, reopen and survey response rates, the open
// backlog — each against the previous period of equal length, a rate's change only beyond its margin.
import type { ComponentChildren } from 'preact';
import type { KpisView, TicketKpis } from '../../../../shared/api';
import { compareMetric, shareSide } from '../../../../shared/metrics/compare';
import { CountChange } from '../../components/change';
import { daysIn } from '../../lib/dates';
import { duration, NONE, num, pct, signed } from '../../lib/format';
import { tr } from '../../lib/i18n';
import { durationChange } from './support-shape';
import { SUPPORT_TEXT, type SupportWords } from './support.text';

function Card({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`kpi-${id}`}>
      <h2 id={`kpi-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

/** A median against the previous period's: the time before and how much faster or slower (no margin: a plain fact). */
function DurationBefore({ now, before, days }: { now: number | null; before: number | null; days: number }) {
  const t: SupportWords = tr(SUPPORT_TEXT);
  if (before === null) return null;
  const c = durationChange(now, before);
  const how = !c ? '' : c.delta < 1 ? ` (${t.same})` : ` (${(c.faster ? t.faster : t.slower)(duration(c.delta))})`;
  return <p class="change flat">{`${t.before(duration(before), days)}${how}`}</p>;
}

/** A rate's change in percentage points, judged against its 95% margin; too few tickets on a side: no verdict. */
function RateChange({ now, before, lowerIsBetter, days }: { now: [number | null, number]; before: [number | null, number]; lowerIsBetter?: boolean; days: number }) {
  const t: SupportWords = tr(SUPPORT_TEXT);
  const side = ([rate, whole]: [number | null, number]) => (rate === null ? shareSide(0, 0) : shareSide(Math.min(whole, Math.round((rate * whole) / 100)), whole));
  const c = compareMetric(side(now), side(before), lowerIsBetter);
  if (c.kind === 'no-data') return null;
  const prev = t.before(pct(before[0]), days);
  if (c.kind === 'too-few') return <p class="change small">{`${prev}: ${t.fewer}`}</p>;
  const delta = `${signed(c.delta, 1)} ${t.pp}`;
  const m = num(c.margin, 1);
  if (c.kind === 'within') return <p class="change margin">{`${prev}; ${t.within(delta, m)}`}</p>;
  return (
    <p class={`change ${c.better ? 'good' : 'bad'}`}>
      <span class="arrow" aria-hidden="true">
        {c.delta > 0 ? '▲' : '▼'}
      </span>{' '}
      {`${prev}; ${t.changed(delta, m)}`}
      <span class="sr-only"> ({c.better ? t.better : t.worse})</span>
    </p>
  );
}

function Duration({ id, title, now, before, days }: { id: string; title: string; now: TicketKpis['firstResponse']; before: TicketKpis['firstResponse']; days: number }) {
  const t: SupportWords = tr(SUPPORT_TEXT);
  return (
    <Card id={id} title={title}>
      <p class="big">
        {duration(now.median)} <span class="big-note">{now.median === null ? t.none : t.median}</span>
      </p>
      {now.p90 !== null && <p class="muted">{t.p90(duration(now.p90), num(now.n))}</p>}
      <DurationBefore now={now.median} before={before.median} days={days} />
    </Card>
  );
}

function Rate({ id, title, note, rate, before, whole, wholeBefore, lowerIsBetter, days }: { id: string; title: string; note: string; rate: number | null; before: number | null; whole: number; wholeBefore: number; lowerIsBetter?: boolean; days: number }) {
  return (
    <Card id={id} title={title}>
      <p class="big">{pct(rate)}</p>
      <p class="muted">{note}</p>
      <RateChange now={[rate, whole]} before={[before, wholeBefore]} lowerIsBetter={lowerIsBetter} days={days} />
    </Card>
  );
}

export function KpiCards({ kpis }: { kpis: KpisView }) {
  const t: SupportWords = tr(SUPPORT_TEXT);
  const { current: cur, previous: prev } = kpis;
  const days = daysIn(kpis.from, kpis.to);
  const common = { whole: cur.solved, wholeBefore: prev.solved, days };
  return (
    <div class="cards support-cards">
      <Card id="solved" title={t.solved}>
        <p class="big">{num(cur.solved)}</p>
        <p class="muted">{t.before(num(prev.solved), days)}</p>
        <CountChange now={cur.solved} before={prev.solved} days={days} />
      </Card>
      <Duration id="first" title={t.firstResponse} now={cur.firstResponse} before={prev.firstResponse} days={days} />
      <Duration id="resolution" title={t.resolution} now={cur.resolution} before={prev.resolution} days={days} />
      <Rate id="onetouch" title={t.oneTouch} note={t.oneTouchNote} rate={cur.oneTouchRate} before={prev.oneTouchRate} {...common} />
      <Rate id="reopen" title={t.reopen} note={t.reopenNote} rate={cur.reopenRate} before={prev.reopenRate} lowerIsBetter {...common} />
      <Rate id="response" title={t.responseRate} note={t.responseRateNote} rate={cur.responseRate} before={prev.responseRate} {...common} />
      <Card id="backlog" title={t.backlog}>
        {cur.backlog ? (
          <>
            <p class="big">
              {num(cur.backlog.open)} <span class="big-note">{t.open}</span>
            </p>
            <p class="muted">{t.backlogAge(duration(cur.backlog.medianAgeMinutes))}</p>
          </>
        ) : (
          <p class="big">
            {NONE} <span class="big-note">{t.backlogPast}</span>
          </p>
        )}
      </Card>
    </div>
  );
}
