// The change against the previous period, said honestly: a small sample (n < 30) or a change inside
// the 95% margin of error (NPS from the API; CSAT and CES from shared/metrics/margins.ts) is named so, not drawn as a trend.
import { differenceMargin } from '../../shared/metrics/margins';
import { round } from '../../shared/metrics/round';
import { num, signed } from './format';

/** Below this many answers in either period a change is noise more often than not. */
export const SMALL_SAMPLE = 30;

export interface ChangeInput {
  current: number | null;
  previous: number | null;
  /** Answers behind each value (sample size). */
  nNow: number;
  nBefore: number;
  digits: number;
  /** "pts" for percentages, '' otherwise. */
  unit?: string;
  /** CES: lower is better. */
  lowerIsBetter?: boolean;
  /** The 95% margins of the two periods (NPS, CSAT, CES): a smaller change is not called one. */
  margins?: [number, number];
  /** What "previous" was, e.g. "previous 30 days". */
  period: string;
  /** Skip the sample-size check, and neither better nor worse (a plain count). */
  plainCount?: boolean;
}

export type Verdict =
  | { kind: 'none'; text: string }
  | { kind: 'small'; text: string }
  | { kind: 'margin'; text: string }
  | { kind: 'change'; dir: 'up' | 'down' | 'same'; tone: 'good' | 'bad' | 'flat'; text: string };

export function verdict(c: ChangeInput): Verdict {
  if (c.current === null) return { kind: 'none', text: 'No answers in this period' };
  if (c.previous === null) return { kind: 'none', text: `No answers in the ${c.period} to compare with` };
  if (!c.plainCount && (c.nNow < SMALL_SAMPLE || c.nBefore < SMALL_SAMPLE)) {
    return {
      kind: 'small',
      text: `Small sample (n=${num(c.nNow)} now, n=${num(c.nBefore)} before): no trend shown`,
    };
  }
  const delta = c.current - c.previous;
  const unit = c.unit ? ` ${c.unit}` : '';
  if (c.margins) {
    const margin = differenceMargin(c.margins[0], c.margins[1]);
    if (Math.abs(delta) <= margin) {
      return {
        kind: 'margin',
        text: `Within the margin of error (${signed(delta, c.digits)}${unit} vs ${c.period}, margin ±${num(margin, Math.max(1, c.digits))})`,
      };
    }
  }
  const r = round(delta, c.digits);
  const dir = r > 0 ? 'up' : r < 0 ? 'down' : 'same';
  const better = c.lowerIsBetter ? r < 0 : r > 0;
  return {
    kind: 'change',
    dir,
    tone: dir === 'same' || c.plainCount ? 'flat' : better ? 'good' : 'bad',
    text: dir === 'same' ? `No change vs ${c.period}` : `${num(Math.abs(r), c.digits)}${unit} vs ${c.period}`,
  };
}

const ARROW = { up: '▲', down: '▼', same: '=' } as const;
const SPOKEN = { up: 'Up', down: 'Down', same: '' } as const;

export function Change(props: ChangeInput) {
  // The card already says "no answers"; nothing to compare.
  if (props.current === null) return null;
  const v = verdict(props);
  if (v.kind !== 'change') return <p class={`change ${v.kind}`}>{v.text}</p>;
  return (
    <p class={`change ${v.tone}`}>
      <span class="arrow" aria-hidden="true">
        {ARROW[v.dir]}
      </span>{' '}
      {SPOKEN[v.dir] && <span class="sr-only">{SPOKEN[v.dir]} </span>}
      {v.text}
      {v.tone !== 'flat' && <span class="sr-only"> ({v.tone === 'good' ? 'better' : 'worse'})</span>}
    </p>
  );
}
