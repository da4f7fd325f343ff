// The overview's metric cards (NPS, CSAT, CES, responses, email response rate), each with its
// change against the previous period of equal length.
import type { ComponentChildren } from 'preact';
import type { Summary } from '../../../../shared/api';
import { Change, CountChange } from '../../components/change';
import { daysIn } from '../../lib/dates';
import { DistBar } from '../../components/dist-bar';
import { NONE, num, pct, plural, signed } from '../../lib/format';
import { cesSide, csatSide, npsSide, shareSide } from '../../../../shared/metrics/compare';

function Card({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section class="card" aria-labelledby={`card-${id}`}>
      <h2 id={`card-${id}`}>{title}</h2>
      {children}
    </section>
  );
}

function Empty({ what = 'no answers' }: { what?: string }) {
  return (
    <p class="big">
      {NONE} <span class="big-note">{what}</span>
    </p>
  );
}

const SCALE = ['s1', 's2', 's3', 's4', 's5'];

export function SummaryCards({ summary }: { summary: Summary }) {
  const { current: cur, previous: prev } = summary;
  const days = daysIn(summary.from, summary.to);
  const period = `previous ${plural(days, 'day')}`;
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
            <p class="muted">From −100 to +100 · {plural(nps.n, 'answer')}</p>
            <DistBar
              caption="Promoters, passives and detractors"
              segments={[
                { label: 'Promoters (9–10)', count: nps.promoters, tone: 't-good' },
                { label: 'Passives (7–8)', count: nps.passives, tone: 't-mid' },
                { label: 'Detractors (0–6)', count: nps.detractors, tone: 't-bad' },
              ]}
            />
          </>
        ) : (
          <Empty />
        )}
        <Change now={npsSide(nps)} before={npsSide(prev.nps)} digits={1} unit="points" period={period} />
      </Card>

      <Card id="csat" title="CSAT">
        {csat ? (
          <>
            <p class="big">
              {pct(csat.percent)} <span class="big-note">satisfied (4–5)</span>
            </p>
            <p class="muted">
              Mean {num(csat.mean, 2)} of 5 · {plural(csat.n, 'answer')}
            </p>
            <DistBar
              caption="Answers from 1 (very dissatisfied) to 5 (very satisfied)"
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
        <Change now={csatSide(csat)} before={csatSide(prev.csat)} digits={1} unit="percentage points" period={period} />
      </Card>

      <Card id="ces" title="CES (effort)">
        {ces ? (
          <>
            <p class="big">
              {num(ces.mean, 2)} <span class="big-note">mean of 1–5, lower is better</span>
            </p>
            <p class="muted">
              Easy {pct(ces.easyShare)} · Hard {pct(ces.hardShare)} · {plural(ces.n, 'answer')}
            </p>
            <DistBar
              caption="Answers from 1 (much less effort than expected) to 5 (much more)"
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
        <Change now={cesSide(ces)} before={cesSide(prev.ces)} digits={2} lowerIsBetter period={period} />
      </Card>

      <Card id="responses" title="Responses">
        <p class="big">{num(cur.responses)}</p>
        <p class="muted">
          {plural(prev.responses, 'response')} in the {period}
        </p>
        <CountChange now={cur.responses} before={prev.responses} period={period} />
      </Card>

      <Card id="rate" title="Email response rate">
        {links.rate === null ? (
          <Empty what="no email links issued" />
        ) : (
          <>
            <p class="big">{pct(links.rate)}</p>
            <p class="muted">
              {num(links.answered)} answered of {plural(links.issued, 'link')} issued
            </p>
          </>
        )}
        {links.rate !== null && (
          <Change
            now={shareSide(links.answered, links.issued)}
            before={shareSide(prev.links.answered, prev.links.issued)}
            digits={1}
            unit="percentage points"
            period={period}
          />
        )}
      </Card>
    </div>
  );
}
