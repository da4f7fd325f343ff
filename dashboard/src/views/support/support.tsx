// The Support view (issue #15, SPEC "Ticket facts and support KPIs"): the KPI cards against the previous
// period, their trend, the scores by ticket facts with margins, and each agent's speed beside their
// customers' satisfaction — under the filter bar's range and filters, like the overview.
import type { AgentsView, KpisView, SiteInfo } from '../../../../shared/api';
import { FilterBar } from '../../components/filter-bar';
import { ErrorNote, Loading } from '../../components/ui';
import { enc, query } from '../../lib/api';
import { daysIn, fmtRange, rangeOf } from '../../lib/dates';
import { filterParams } from '../../lib/filters';
import { tr } from '../../lib/i18n';
import { viewLabel } from '../../lib/route';
import { useApi } from '../../lib/use-api';
import { AgentSpeed } from './agent-speed';
import { DriversSection } from './drivers';
import { KpiCards } from './kpi-cards';
import { SpeedTrend } from './speed-trend';
import { noTicketFacts } from './support-shape';
import { SUPPORT_TEXT } from './support.text';

/** The interval in the address, else by the range's length, as the overview falls back. */
function intervalOf(q: URLSearchParams): 'day' | 'week' | 'month' {
  const v = q.get('interval');
  if (v === 'day' || v === 'week' || v === 'month') return v;
  const { from, to } = rangeOf(q);
  const days = daysIn(from, to);
  return days <= 31 ? 'day' : days <= 180 ? 'week' : 'month';
}

export function Support({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const t = tr(SUPPORT_TEXT);
  const params = filterParams(q);
  const res = useApi<KpisView>(`/sites/${enc(site.id)}/kpis${query({ interval: intervalOf(q), ...params })}`);
  const agents = useApi<AgentsView>(`/sites/${enc(site.id)}/agents${query(params)}`);
  const k = res.data;
  const empty = k && noTicketFacts(k);
  return (
    <>
      <h1 tabIndex={-1}>{viewLabel('support')}</h1>
      <FilterBar q={q} site={site} />
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {k && empty && (
        <section class="panel empty-support" aria-labelledby="support-empty-h">
          <h2 id="support-empty-h">{t.emptyTitle}</h2>
          <p>{t.emptyBody}</p>
          <p class="muted">{t.emptyPeriod}</p>
        </section>
      )}
      {k && !empty && (
        <>
          <section aria-labelledby="kpis-h">
            <h2 id="kpis-h" class="sr-only">
              {t.kpis}
            </h2>
            <p class="muted period">{t.compared(fmtRange(k.from, k.to), fmtRange(k.previous.from, k.previous.to))}</p>
            <KpiCards kpis={k} />
          </section>
          <SpeedTrend q={q} kpis={k} />
          <DriversSection q={q} site={site.id} />
          {agents.error ? <ErrorNote error={agents.error} retry={agents.reload} /> : <AgentSpeed site={site} kpis={k} agents={agents.data} />}
        </>
      )}
    </>
  );
}
