// The overview's metric cards (NPS, CSAT, CES, responses, email response rate), each with its
// change against the previous period of equal length.
import type { ComponentChildren } from 'preact';
import type { Summary } from '../../../../shared/api';
import { Change, CountChange } from '../../components/change';
import { daysIn } from '../../lib/dates';
import { DistBar } from '../../components/dist-bar';
import { NONE, num, pct, signed } from '../../lib/format';
import { tr } from '../../lib/i18n';
import { CARD_TEXT, type CardWords } from './cards.text';
import { cesSide, csatSide, npsSide, shareSide } from '../../../../shared/metrics/compare';

function Card({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`card-${id}`}>
      <h2 id={`card-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Empty({ what }: { what?: string }) {
  return (
    <p class="big">
      {NONE} <span class="big-note">{what ?? tr(CARD_TEXT).noAnswers}</span>
    </p>
  );
}

const SCALE = ['s1', 's2', 's3', 's4', 's5'];

export function SummaryCards({ summary }: { summary: Summary }) {
  const { current: cur, previous: prev } = summary;
  const days = daysIn(summary.from, summary.to);
  const t: CardWords = tr(CARD_TEXT);
  const nps = cur.nps;
  const csat = cur.csat;
  const ces = cur.ces;
  const links = cur.links;

  return (
    <div class="cards">
      <Card id="nps" title="NPS">
        {nps ? (
          <>
            <p class="big">
              {signed(nps.score)} <span class="big-note">±{num(nps.margin95, 1)} (95%)</span>
            </p>
            <p class="muted">{t.npsScale(nps.n)}</p>
            <DistBar
              caption={t.npsCaption}
              segments={[
                { label: t.promoters, count: nps.promoters, tone: 't-good' },
                { label: t.passives, count: nps.passives, tone: 't-mid' },
                { label: t.detractors, count: nps.detractors, tone: 't-bad' },
              ]}
            />
          </>
        ) : (
          <Empty />
        )}
        <Change now={npsSide(nps)} before={npsSide(prev.nps)} digits={1} unit="points" days={days} />
      </Card>

      <Card id="csat" title="CSAT">
        {csat ? (
          <>
            <p class="big">
              {pct(csat.percent)} <span class="big-note">{t.satisfied}</span>
            </p>
            <p class="muted">{t.csatMean(num(csat.mean, 2), csat.n)}</p>
            <DistBar
              caption={t.csatCaption}
              segments={csat.distribution.map((count, i) => ({
                label: String(i + 1),
                count,
                tone: SCALE[i]!,
              }))}
            />
          </>
        ) : (
          <Empty />
        )}
        <Change now={csatSide(csat)} before={csatSide(prev.csat)} digits={1} unit="pp" days={days} />
      </Card>

      <Card id="ces" title={t.ces}>
        {ces ? (
          <>
            <p class="big">
              {num(ces.mean, 2)} <span class="big-note">{t.cesNote}</span>
            </p>
            <p class="muted">{t.cesShares(pct(ces.easyShare), pct(ces.hardShare), ces.n)}</p>
            <DistBar
              caption={t.cesCaption}
              segments={ces.distribution.map((count, i) => ({
                label: String(i + 1),
                count,
                tone: SCALE[4 - i]!,
              }))}
            />
          </>
        ) : (
          <Empty />
        )}
        <Change now={cesSide(ces)} before={cesSide(prev.ces)} digits={2} lowerIsBetter days={days} />
      </Card>

      <Card id="responses" title={t.responses}>
        <p class="big">{num(cur.responses)}</p>
        <p class="muted">{t.before(prev.responses, days)}</p>
        <CountChange now={cur.responses} before={prev.responses} days={days} />
      </Card>

      <Card id="rate" title={t.rate}>
        {links.rate === null ? (
          <Empty what={t.noLinks} />
        ) : (
          <>
            <p class="big">{pct(links.rate)}</p>
            <p class="muted">{t.issued(links.answered, links.issued)}</p>
          </>
        )}
        {links.rate !== null && (
          <Change
            now={shareSide(links.answered, links.issued)}
            before={shareSide(prev.links.answered, prev.links.issued)}
            digits={1}
            unit="pp"
            days={days}
          />
        )}
      </Card>
    </div>
  );
}
