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
import { viewLabel } from '../../lib/route';
import { tr, type Text } from '../../lib/i18n';

const T = {
  en: { summary: 'Summary', compared: (now: string, before: string) => `${now}, compared with ${before}` },
  it: { summary: 'Riepilogo', compared: (now: string, before: string) => `${now}, rispetto a ${before}` },
  es: { summary: 'Resumen', compared: (now: string, before: string) => `${now}, frente a ${before}` },
  fr: { summary: 'Synthèse', compared: (now: string, before: string) => `${now}, par rapport à ${before}` },
  de: { summary: 'Zusammenfassung', compared: (now: string, before: string) => `${now}, verglichen mit ${before}` },
  pt: { summary: 'Resumo', compared: (now: string, before: string) => `${now}, face a ${before}` },
  pl: { summary: 'Podsumowanie', compared: (now: string, before: string) => `${now}, w porównaniu z ${before}` },
  nl: { summary: 'Samenvatting', compared: (now: string, before: string) => `${now}, vergeleken met ${before}` },
} satisfies Text<{ summary: string; compared(now: string, before: string): string }>;

export function Overview({ q, site }: { q: URLSearchParams; site: SiteInfo }) {
  const res = useApi<Summary>(`/sites/${enc(site.id)}/summary${query(filterParams(q))}`);
  const s = res.data;
  const t = tr(T);
  return (
    <>
      <h1 tabIndex={-1}>{viewLabel('overview')}</h1>
      <FilterBar q={q} site={site} />
      <section aria-labelledby="summary-h">
        <h2 id="summary-h" class="sr-only">
          {t.summary}
        </h2>
        {res.loading && <Loading />}
        {res.error && <ErrorNote error={res.error} retry={res.reload} />}
        {s && (
          <>
            <p class="muted period">
              {t.compared(fmtRange(s.from, s.to), fmtRange(s.previous.from, s.previous.to))}
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
