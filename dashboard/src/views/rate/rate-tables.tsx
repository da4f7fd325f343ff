// The response-rate view's numbers: the email-link funnel (issued → opened by a person → answered) of
// this period and the one before, and the answers per source, as tables; the bars only repeat them.
import type { LinkRate, SourceCounts } from '../../../../shared/api';
import { sourceShares } from '../../../../shared/metrics/links';
import { num, pct } from '../../lib/format';
import { TableWrap } from '../../components/ui';

export const FUNNEL_CAPTION = 'Email links: issued, opened by a person, answered';

/** One step of the funnel in a cell: the count, then each of its rates on a line of its own. */
function Step({ n, rates }: { n: number; rates: string[] }) {
  return (
    <>
      <strong>{num(n)}</strong>
      {rates.map((r) => (
        <span class="step-rate" key={r}>
          {r}
        </span>
      ))}
    </>
  );
}

const opened = (l: LinkRate) => (l.openRate === null ? [] : [`${pct(l.openRate)} of issued`]);
const answered = (l: LinkRate) => [
  ...(l.openedAnswerRate === null ? [] : [`${pct(l.openedAnswerRate)} of opened`]),
  ...(l.rate === null ? [] : [`${pct(l.rate)} of issued`]),
];

export function FunnelBars({ links }: { links: LinkRate }) {
  const steps = [
    ['Issued', links.issued],
    ['Opened by a person', links.opened],
    ['Answered', links.answered],
  ] as const;
  return (
    <div class="funnel-bars" aria-hidden="true">
      {steps.map(([label, n]) => (
        <div class="funnel-bar" key={label}>
          <span>{label}</span>
          <svg viewBox="0 0 100 6" preserveAspectRatio="none" focusable="false">
            <rect class="dist-bg" x="0" y="0" width="100" height="6" />
            <rect class="funnel-fill" x="0" y="0" width={links.issued ? (100 * n) / links.issued : 0} height="6" />
          </svg>
        </div>
      ))}
    </div>
  );
}

export function FunnelTable({ cur, prev }: { cur: LinkRate; prev: LinkRate }) {
  return (
    <TableWrap label="Email link funnel table">
      <table class="funnel">
        <caption>{FUNNEL_CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Step</th>
            <th scope="col" class="num">
              This period
            </th>
            <th scope="col" class="num">
              Previous period
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Issued</th>
            <td class="num">
              <Step n={cur.issued} rates={[]} />
            </td>
            <td class="num">
              <Step n={prev.issued} rates={[]} />
            </td>
          </tr>
          <tr>
            <th scope="row">Opened by a person</th>
            <td class="num">
              <Step n={cur.opened} rates={opened(cur)} />
            </td>
            <td class="num">
              <Step n={prev.opened} rates={opened(prev)} />
            </td>
          </tr>
          <tr>
            <th scope="row">Answered</th>
            <td class="num">
              <Step n={cur.answered} rates={answered(cur)} />
            </td>
            <td class="num">
              <Step n={prev.answered} rates={answered(prev)} />
            </td>
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}

export function SourceTable({ cur, prev }: { cur: SourceCounts; prev: SourceCounts }) {
  const [sc, sp] = [sourceShares(cur), sourceShares(prev)];
  const cell = (n: number, share: number | null) =>
    `${num(n)}${share === null ? '' : ` (${num(share, 0)}%)`}`;
  return (
    <TableWrap label="Answers by source table">
      <table class="funnel">
        <caption>Answers by source</caption>
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col" class="num">
              This period
            </th>
            <th scope="col" class="num">
              Previous period
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Widget</th>
            <td class="num">{cell(cur.widget, sc.widget)}</td>
            <td class="num">{cell(prev.widget, sp.widget)}</td>
          </tr>
          <tr>
            <th scope="row">Email link</th>
            <td class="num">{cell(cur.email, sc.email)}</td>
            <td class="num">{cell(prev.email, sp.email)}</td>
          </tr>
          <tr>
            <th scope="row">All answers</th>
            <td class="num">{num(cur.widget + cur.email)}</td>
            <td class="num">{num(prev.widget + prev.email)}</td>
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}
