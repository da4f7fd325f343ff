// The response-rate view: email links issued → opened by a person → answered, this period and the one
// before, the answers per source, and what each number means. Every number is in a table; the bars
// only repeat them. Reads the summary (a few rows per day shown, whatever the number of links).
import { Fragment } from 'preact';
import type { SiteInfo, Summary } from '../../../../shared/api';
import { shareSide } from '../../../../shared/metrics/compare';
import { enc, query } from '../../lib/api';
import { Change } from '../../components/change';
import { daysIn, fmtRange } from '../../lib/dates';
import { FilterBar } from '../../components/filter-bar';
import { filterParams } from '../../lib/filters';
import { NONE, pct } from '../../lib/format';
import { tr } from '../../lib/i18n';
import { viewLabel } from '../../lib/route';
import { RATE_TEXT } from './rate.text';
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
  /** What there was none of before, when the previous period has no rate (links issued or opened). */
  none: 'issued' | 'opened';
  days: number;
}

function RateCard(p: RateCardProps) {
  const t = tr(RATE_TEXT);
  return (
    <section class="card" aria-labelledby={`card-${p.id}`}>
      <h2 id={`card-${p.id}`}>{p.title}</h2>
      <p class="big">
        {p.value === null ? (
          <>
            {NONE} <span class="big-note">{t.nothing}</span>
          </>
        ) : (
          pct(p.value)
        )}
      </p>
      <p class="muted">{p.of}</p>
      {p.value !== null && p.previous === null ? (
        <p class="change none">{t.noneBefore(p.none, t.inPrev(p.days))}</p>
      ) : (
        <Change
          now={shareSide(p.part[0], p.base[0])}
          before={shareSide(p.part[1], p.base[1])}
          digits={1}
          unit="pp"
          days={p.days}
        />
      )}
    </section>
  );
}

function Definitions() {
  const t = tr(RATE_TEXT);
  return (
    <section class="panel" aria-labelledby="rate-defs-h">
      <h2 id="rate-defs-h">{t.defsHeading}</h2>
      <dl class="defs">
        {t.defs.map((d) => (
          <Fragment key={d.term}>
            <dt>{d.term}</dt>
            <dd>{d.text}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

export function ResponseRate({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const res = useApi<Summary>(`/sites/${enc(site.id)}/summary${query({ ...filterParams(q), sources: '1' })}`);
  const s = res.data;
  const noLinks = q.get('source') === 'widget' || q.get('verified') === '0';
  const t = tr(RATE_TEXT);
  return (
    <>
      <h1 tabIndex={-1}>{viewLabel('rate')}</h1>
      <FilterBar q={q} site={site} />
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {s && (
        <>
          <p class="muted period">
            {t.compared(fmtRange(s.from, s.to), fmtRange(s.previous.from, s.previous.to))}
          </p>
          {noLinks && (
            <p class="note">{t.noLinks}</p>
          )}
          <Funnel s={s} />
          <section class="panel rate-panel" aria-labelledby="sources-h">
            <h2 id="sources-h">{t.sources}</h2>
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
  const days = daysIn(s.from, s.to);
  const t = tr(RATE_TEXT);
  return (
    <>
      <div class="cards rate-cards">
        <RateCard
          id="open"
          title={t.openTitle}
          value={cur.openRate}
          previous={prev.openRate}
          part={[cur.opened, prev.opened]}
          base={[cur.issued, prev.issued]}
          none="issued"
          days={days}
          of={t.openOf(cur.opened, cur.issued)}
        />
        <RateCard
          id="answer"
          title={t.answerTitle}
          value={cur.openedAnswerRate}
          previous={prev.openedAnswerRate}
          part={[cur.answered, prev.answered]}
          base={[cur.opened, prev.opened]}
          none="opened"
          days={days}
          of={t.answerOf(cur.answered, cur.opened)}
        />
        <RateCard
          id="rate"
          title={t.rateTitle}
          value={cur.rate}
          previous={prev.rate}
          part={[cur.answered, prev.answered]}
          base={[cur.issued, prev.issued]}
          none="issued"
          days={days}
          of={t.rateOf(cur.answered, cur.issued)}
        />
      </div>
      <section class="panel rate-panel" aria-labelledby="funnel-h">
        <h2 id="funnel-h">{t.stepsHeading}</h2>
        <FunnelBars links={cur} />
        <FunnelTable cur={cur} prev={prev} />
      </section>
    </>
  );
}
