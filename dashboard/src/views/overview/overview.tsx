// The overview: range and filters, the metric cards against the previous period, trend and breakdown.
import type { SiteInfo, Summary } from '../../../../shared/api';
import { enc, query } from '../../lib/api';
import { BreakdownSection } from './breakdown';
import { SummaryCards } from './cards';
import { fmtRange } from '../../lib/dates';
import { FilterBar } from '../../components/filter-bar';
import { filterParams } from '../../lib/filters';
import { TrendSection } from './trend';
import { AspectsSection } from './aspects';
import { useApi } from '../../lib/use-api';
import { ErrorNote, Loading } from '../../components/ui';

export function Overview({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const res = useApi<Summary>(`/sites/${enc(site.id)}/summary${query(filterParams(q))}`);
  const s = res.data;
  return (
    <>
      <h1 tabIndex={-1}>Overview</h1>
      <FilterBar q={q} site={site} />
      <section aria-labelledby="summary-h">
        <h2 id="summary-h" class="sr-only">
          Summary
        </h2>
        {res.loading && <Loading />}
        {res.error && <ErrorNote error={res.error} retry={res.reload} />}
        {s && (
          <>
            <p class="muted period">
              {fmtRange(s.from, s.to)}, compared with {fmtRange(s.previous.from, s.previous.to)}
            </p>
            <SummaryCards summary={s} />
          </>
        )}
      </section>
      <TrendSection q={q} site={site.id} summary={res} />
      <AspectsSection q={q} site={site.id} />
      <BreakdownSection q={q} site={site.id} />
    </>
  );
}
