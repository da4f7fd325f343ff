// The response-rate view's numbers: the email-link funnel (issued → opened by a person → answered) of
// this period and the one before, and the answers per source, as tables; the bars only repeat them.
import type { LinkRate, SourceCounts } from '../../../../shared/api';
import { sourceShares } from '../../../../shared/metrics/links';
import { num, pct } from '../../lib/format';
import { TableWrap } from '../../components/ui';
import { tr } from '../../lib/i18n';
import { RATE_TEXT, type RateWords } from './rate.text';

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

const opened = (t: RateWords, l: LinkRate) => (l.openRate === null ? [] : [t.ofIssued(pct(l.openRate))]);
const answered = (t: RateWords, l: LinkRate) => [
  ...(l.openedAnswerRate === null ? [] : [t.ofOpened(pct(l.openedAnswerRate))]),
  ...(l.rate === null ? [] : [t.ofIssued(pct(l.rate))]),
];

export function FunnelBars({ links }: { links: LinkRate }) {
  const t = tr(RATE_TEXT);
  const steps = [
    [t.issued, links.issued],
    [t.opened, links.opened],
    [t.answered, links.answered],
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
  const t = tr(RATE_TEXT);
  return (
    <TableWrap label={t.funnelTable}>
      <table class="funnel">
        <caption>{t.funnelCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.step}</th>
            <th scope="col" class="num">
              {t.thisPeriod}
            </th>
            <th scope="col" class="num">
              {t.previousPeriod}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.issued}</th>
            <td class="num">
              <Step n={cur.issued} rates={[]} />
            </td>
            <td class="num">
              <Step n={prev.issued} rates={[]} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t.opened}</th>
            <td class="num">
              <Step n={cur.opened} rates={opened(t, cur)} />
            </td>
            <td class="num">
              <Step n={prev.opened} rates={opened(t, prev)} />
            </td>
          </tr>
          <tr>
            <th scope="row">{t.answered}</th>
            <td class="num">
              <Step n={cur.answered} rates={answered(t, cur)} />
            </td>
            <td class="num">
              <Step n={prev.answered} rates={answered(t, prev)} />
            </td>
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}

export function SourceTable({ cur, prev }: { cur: SourceCounts; prev: SourceCounts }) {
  const [sc, sp] = [sourceShares(cur), sourceShares(prev)];
  const t = tr(RATE_TEXT);
  const cell = (n: number, share: number | null) => `${num(n)}${share === null ? '' : ` (${pct(share, 0)})`}`;
  return (
    <TableWrap label={t.sourcesTable}>
      <table class="funnel">
        <caption>{t.sources}</caption>
        <thead>
          <tr>
            <th scope="col">{t.source}</th>
            <th scope="col" class="num">
              {t.thisPeriod}
            </th>
            <th scope="col" class="num">
              {t.previousPeriod}
            </th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t.widget}</th>
            <td class="num">{cell(cur.widget, sc.widget)}</td>
            <td class="num">{cell(prev.widget, sp.widget)}</td>
          </tr>
          <tr>
            <th scope="row">{t.email}</th>
            <td class="num">{cell(cur.email, sc.email)}</td>
            <td class="num">{cell(prev.email, sp.email)}</td>
          </tr>
          <tr>
            <th scope="row">{t.all}</th>
            <td class="num">{num(cur.widget + cur.email)}</td>
            <td class="num">{num(prev.widget + prev.email)}</td>
          </tr>
        </tbody>
      </table>
    </TableWrap>
  );
}
