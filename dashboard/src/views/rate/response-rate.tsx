// The response-rate view: email links issued → opened by a person → answered, this period and the one
// before, the answers per source, and what each number means. Every number is in a table; the bars
// only repeat them. Reads the summary (a few rows per day shown, whatever the number of links).
import type { SiteInfo, Summary } from '../../../../shared/api';
import { shareSide } from '../../../../shared/metrics/compare';
import { enc, query } from '../../lib/api';
import { Change } from '../../components/change';
import { daysIn, fmtRange } from '../../lib/dates';
import { FilterBar } from '../../components/filter-bar';
import { filterParams } from '../../lib/filters';
import { NONE, num, pct, plural } from '../../lib/format';
import { FunnelBars, FunnelTable, SourceTable } from './rate-tables';
import { useApi } from '../../lib/use-api';
import { ErrorNote, Loading } from '../../components/ui';

interface RateCardProps {
  id: string;
  title: string;
  value: number | null;
  previous: number | null;
  /** What the rate is of, in words. */
  of: string;
  /** The counts the rate is of, now and before. */
  part: [number, number];
  /** The counts the rate divides by, now and before: a small one is called a small sample. */
  base: [number, number];
  /** What there was none of before, when the previous period has no rate ("links issued"). */
  none: string;
  period: string;
}

function RateCard(p: RateCardProps) {
  return (
    <section class="card" aria-labelledby={`card-${p.id}`}>
      <h2 id={`card-${p.id}`}>{p.title}</h2>
      <p class="big">
        {p.value === null ? (
          <>
            {NONE} <span class="big-note">nothing to divide by</span>
          </>
        ) : (
          pct(p.value)
        )}
      </p>
      <p class="muted">{p.of}</p>
      {p.value !== null && p.previous === null ? (
        <p class="change none">
          No {p.none} in the {p.period} to compare with
        </p>
      ) : (
        <Change
          now={shareSide(p.part[0], p.base[0])}
          before={shareSide(p.part[1], p.base[1])}
          digits={1}
          unit="percentage points"
          period={p.period}
        />
      )}
    </section>
  );
}

function Definitions() {
  return (
    <section class="panel" aria-labelledby="rate-defs-h">
      <h2 id="rate-defs-h">What the numbers mean</h2>
      <dl class="defs">
        <dt>Issued</dt>
        <dd>
          Signed links made for a ticket through the API, counted on the day they were issued. Template links
          are not counted as issued or opened: they are built from a ticket ID, so nothing records that they
          were sent (their answers count under Answers by source).
        </dd>
        <dt>Opened by a person</dt>
        <dd>
          Opened: the page got a tap, click or key press; email scanners that only load the page are not
          counted. Sending an answer counts as opened too. Once per link, however often it is opened.
        </dd>
        <dt>Answered</dt>
        <dd>A person sent an answer through the link, once per link however often they change it.</dd>
        <dt>Periods</dt>
        <dd>
          Links count in the period they were issued, even when opened or answered later, so the most recent
          days still rise as customers catch up.
        </dd>
        <dt>Answers by source</dt>
        <dd>
          Every answer given in the period, in the widget or through an email link (signed or template), on the
          day it was given.
        </dd>
      </dl>
    </section>
  );
}

export function ResponseRate({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const res = useApi<Summary>(`/sites/${enc(site.id)}/summary${query({ ...filterParams(q), sources: '1' })}`);
  const s = res.data;
  const noLinks = q.get('source') === 'widget' || q.get('verified') === '0';
  return (
    <>
      <h1 tabIndex={-1}>Response rate</h1>
      <FilterBar q={q} site={site} />
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {s && (
        <>
          <p class="muted period">
            {fmtRange(s.from, s.to)}, compared with {fmtRange(s.previous.from, s.previous.to)}
          </p>
          {noLinks && (
            <p class="note">
              Email links are signed, so none is counted while the filters ask for widget answers or answers
              without a verified ticket.
            </p>
          )}
          <Funnel s={s} />
          <section class="panel rate-panel" aria-labelledby="sources-h">
            <h2 id="sources-h">Answers by source</h2>
            <SourceTable cur={s.current.sources!} prev={s.previous.sources!} />
          </section>
          <Definitions />
        </>
      )}
    </>
  );
}

function Funnel({ s }: { s: Summary }) {
  const [cur, prev] = [s.current.links, s.previous.links];
  const period = `previous ${plural(daysIn(s.from, s.to), 'day')}`;
  return (
    <>
      <div class="cards rate-cards">
        <RateCard
          id="open"
          title="Opened by a person"
          value={cur.openRate}
          previous={prev.openRate}
          part={[cur.opened, prev.opened]}
          base={[cur.issued, prev.issued]}
          none="links issued"
          period={period}
          of={`${num(cur.opened)} of ${plural(cur.issued, 'link')} issued`}
        />
        <RateCard
          id="answer"
          title="Answered, of opened"
          value={cur.openedAnswerRate}
          previous={prev.openedAnswerRate}
          part={[cur.answered, prev.answered]}
          base={[cur.opened, prev.opened]}
          none="links opened"
          period={period}
          of={`${num(cur.answered)} of ${num(cur.opened)} opened`}
        />
        <RateCard
          id="rate"
          title="Response rate"
          value={cur.rate}
          previous={prev.rate}
          part={[cur.answered, prev.answered]}
          base={[cur.issued, prev.issued]}
          none="links issued"
          period={period}
          of={`${num(cur.answered)} answered of ${plural(cur.issued, 'link')} issued`}
        />
      </div>
      <section class="panel rate-panel" aria-labelledby="funnel-h">
        <h2 id="funnel-h">Email links, step by step</h2>
        <FunnelBars links={cur} />
        <FunnelTable cur={cur} prev={prev} />
      </section>
    </>
  );
}
