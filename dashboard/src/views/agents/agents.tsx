// The Agents view (issue #14): each agent against the rest of the team — CSAT, CES, NPS and the CES
// aspects, with differences flagged only beyond their 95% margin — under the usual range and filters.
import type { AgentsView, SiteInfo } from '../../../../shared/api';
import { enc, query } from '../../lib/api';
import { fmtRange } from '../../lib/dates';
import { filterParams } from '../../lib/filters';
import { tr } from '../../lib/i18n';
import { useApi } from '../../lib/use-api';
import { FilterBar } from '../../components/filter-bar';
import { ErrorNote, Loading } from '../../components/ui';
import { AspectsTable, MetricsTable } from './agents-table';
import { T } from './agents.text';

export function Agents({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const t = tr(T);
  const res = useApi<AgentsView>(`/sites/${enc(site.id)}/agents${query(filterParams(q))}`);
  const d = res.data;
  return (
    <>
      <h1 tabIndex={-1}>{t.heading}</h1>
      <FilterBar q={q} site={site} />
      {res.loading && <Loading />}
      {res.error && <ErrorNote error={res.error} retry={res.reload} />}
      {d && (
        <>
          <p class="muted period">{fmtRange(d.from, d.to)}</p>
          <p class="muted small agents-intro">{t.intro}</p>
          {d.agents.length === 0 ? (
            <p class="note">{t.none}</p>
          ) : (
            <>
              <section class="panel" aria-labelledby="agents-metrics-h">
                <h2 id="agents-metrics-h">{t.metrics}</h2>
                <MetricsTable site={site} data={d} />
              </section>
              <section class="panel" aria-labelledby="agents-aspects-h">
                <h2 id="agents-aspects-h">{t.aspects}</h2>
                <AspectsTable site={site} data={d} />
              </section>
            </>
          )}
        </>
      )}
    </>
  );
}
