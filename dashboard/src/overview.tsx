// The overview: range and filters, the metric cards against the previous period, trend and breakdown.
import type { SiteInfo, Summary } from '../../shared/api';
import { enc, query } from './api';
import { BreakdownSection } from './breakdown';
import { SummaryCards } from './cards';
import { fmtRange } from './dates';
import { FilterBar } from './filter-bar';
import { filterParams } from './filters';
import { TrendSection } from './trend';
import { useApi } from './use-api';
import { ErrorNote, Loading } from './ui';

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
      <BreakdownSection q={q} site={site.id} />
    </>
  );
}
