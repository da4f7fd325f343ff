// The change against the previous period, said honestly (shared/metrics/compare.ts decides): a
// difference in points with the combined 95% margin, a change only beyond it and only when both
// periods have enough answers, and which period has too few when one does. No percentage from a tiny base.
import { compareMetric, countChange, type Side } from '../../../shared/metrics/compare';
import { num, signed } from '../lib/format';

export { SMALL_SAMPLE } from '../../../shared/metrics/bands';

const TEXT = {
  noBefore: (period: string) => `No answers in the ${period} to compare with`,
  fewNow: (n: string) => `Too few answers in this period (n = ${n}) to compare`,
  fewBefore: (period: string, n: string) => `Too few answers in the ${period} (n = ${n}) to compare`,
  fewBoth: (now: string, before: string) => `Too few answers in either period (n = ${now} now, n = ${before} before) to compare`,
  within: (delta: string, period: string, margin: string) => `${delta} vs ${period}, within the ±${margin} margin: no clear change`,
  change: (delta: string, period: string, margin: string) => `${delta} vs ${period} (beyond the ±${margin} margin)`,
  same: (period: string) => `No change vs ${period}`,
  count: (delta: string, period: string, percent: string) => `${delta} vs ${period}${percent}`,
  better: 'better',
  worse: 'worse',
} as const;

export interface ChangeProps {
  now: Side;
  before: Side;
  digits: number;
  /** e.g. "points" (NPS), "percentage points" (CSAT); none for a mean. */
  unit?: string;
  /** CES: lower is better. */
  lowerIsBetter?: boolean;
  /** What "previous" was, e.g. "previous 30 days". */
  period: string;
}

const ARROW = { up: '▲', down: '▼' } as const;
const SPOKEN = { up: 'Up', down: 'Down' } as const;

export function Change(p: ChangeProps) {
  const c = compareMetric(p.now, p.before, p.lowerIsBetter);
  // With no answers now the card already says so; nothing to compare.
  if (c.kind === 'no-data') return c.side === 'now' ? null : <p class="change none">{TEXT.noBefore(p.period)}</p>;
  if (c.kind === 'too-few') {
    const [a, b] = [num(c.nNow), num(c.nBefore)];
    const text = c.side === 'both' ? TEXT.fewBoth(a, b) : c.side === 'now' ? TEXT.fewNow(a) : TEXT.fewBefore(p.period, b);
    return <p class="change small">{text}</p>;
  }
  const unit = p.unit ? ` ${p.unit}` : '';
  const margin = num(c.margin, Math.max(1, p.digits));
  if (c.kind === 'within') return <p class="change margin">{TEXT.within(`${signed(c.delta, p.digits)}${unit}`, p.period, margin)}</p>;
  const dir = c.delta > 0 ? 'up' : 'down';
  return (
    <p class={`change ${c.better ? 'good' : 'bad'}`}>
      <span class="arrow" aria-hidden="true">
        {ARROW[dir]}
      </span>{' '}
      <span class="sr-only">{SPOKEN[dir]} </span>
      {TEXT.change(`${num(Math.abs(c.delta), p.digits)}${unit}`, p.period, margin)}
      <span class="sr-only"> ({c.better ? TEXT.better : TEXT.worse})</span>
    </p>
  );
}

/** A plain count (responses) against the previous one: the difference, a percentage only from a base of 30 or more. */
export function CountChange({ now, before, period }: { now: number; before: number; period: string }) {
  const { delta, percent } = countChange(now, before);
  if (delta === 0) return <p class="change flat">{TEXT.same(period)}</p>;
  const pct = percent === null ? '' : ` (${signed(percent, 0)}%)`;
  return <p class="change flat">{TEXT.count(signed(delta), period, pct)}</p>;
}
