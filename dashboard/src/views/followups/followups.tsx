// The follow-up inbox: unhappy customers (detractors, CSAT ≤ 2, high effort) to call back, with the
// dashboard's range and filters, status tabs and reason chips with counts, and items that leave the
// list as soon as their status no longer matches it (announced, and the counts move with them).
import { useEffect, useState } from 'preact/hooks';
import { FOLLOWUP_REASONS, type FollowUp, type FollowUpCounts, type FollowUpReason, type Me, type SiteInfo, type SitePeople } from '../../../../shared/api';
import { worksFollowUps } from '../../lib/access';
import { enc, query } from '../../lib/api';
import { FilterBar } from '../../components/filter-bar';
import { filterParams } from '../../lib/filters';
import { FollowUpItem, STATUSES } from './followup-item';
import { afterChange, stillListed, type Shown } from './inbox-counts';
import { InboxFilters } from './inbox-filters';
import { usePaged } from '../../lib/use-paged';
import { useApi } from '../../lib/use-api';
import { ErrorNote, More } from '../../components/ui';
import { tr } from '../../lib/i18n';
import { viewLabel } from '../../lib/route';
import { FOLLOWUP_TEXT } from './followup.text';

export function FollowUps({ q, site, me }: { q: URLSearchParams; site: SiteInfo; me: Me }) {
  const t = tr(FOLLOWUP_TEXT);
  const readOnly = !worksFollowUps(me);
  const status = STATUSES.find((s) => s.id === q.get('status'))?.id ?? 'new';
  const reason = FOLLOWUP_REASONS.find((r) => r === q.get('reason')) ?? '';
  const mine = q.get('mine') === '1';
  const params = query({ ...filterParams(q), status, reason, withComment: q.get('withComment') === '1' ? '1' : null, mine: mine ? '1' : null });
  const base = `/sites/${enc(site.id)}/followups`;
  const list = usePaged<FollowUp>(`${base}${params}`);
  const fresh = useApi<FollowUpCounts>(`${base}/counts${params}`);
  const people = useApi<SitePeople>(`/sites/${enc(site.id)}/people`).data;
  const [counts, setCounts] = useState<FollowUpCounts | undefined>();
  const [news, setNews] = useState('');
  const [focusAt, setFocusAt] = useState<number | null>(null);
  useEffect(() => setCounts(fresh.data), [fresh.data]);
  useEffect(() => setNews(''), [params]);
  const shown: Shown = { status, mine: mine ? people?.me : undefined };

  // Focus was inside the item that left: put it on the item now in its place (or the heading).
  useEffect(() => {
    if (focusAt === null) return;
    const items = document.querySelectorAll<HTMLElement>('ol.responses > li');
    (items[Math.min(focusAt, items.length - 1)] ?? document.querySelector<HTMLElement>('main h1'))?.focus();
    setFocusAt(null);
  }, [focusAt]);

  const saved = (i: number, prev: FollowUp, next: FollowUp) => {
    if (counts) setCounts(afterChange(counts, prev, next, shown));
    fresh.reload();
    const ticket = next.response.ticket ? t.ticket(next.response.ticket) : t.noTicket;
    if (stillListed(next, shown)) {
      list.replace(i, next);
      return;
    }
    list.remove(i);
    setFocusAt(i);
    setNews(prev.status !== next.status ? t.movedTo(t.statuses[next.status], ticket) : t.unassigned(ticket));
  };

  const label = STATUSES.find((s) => s.id === status)!.label;
  const canOwn = !!people?.people.some((p) => p.id === people.me);
  return (
    <>
      <h1 tabIndex={-1}>{viewLabel('followups')}</h1>
      <p class="muted">
        {t.intro}
        {readOnly && t.readOnly}
      </p>
      <FilterBar q={q} site={site} />
      <InboxFilters q={q} status={status} reason={reason as FollowUpReason | ''} counts={counts} canOwn={canOwn} />
      {fresh.error && <ErrorNote error={fresh.error} retry={fresh.reload} />}
      <p role="status" class="inbox-news">
        {news}
      </p>
      {list.error && <ErrorNote error={list.error} retry={list.reload} />}
      {list.items && list.items.length === 0 && !list.next && <p class="note">{t.empty(label)}</p>}
      {list.items && list.items.length > 0 && (
        <ol class="responses">
          {list.items.map((f, i) => (
            <li key={f.response.id} tabIndex={-1}>
              <FollowUpItem
                q={q}
                site={site.id}
                item={f}
                readOnly={readOnly}
                people={people}
                ticketUrl={site.ticketUrl}
                onSaved={(next) => saved(i, f, next)}
              />
            </li>
          ))}
        </ol>
      )}
      <More list={list} noun={t.list} />
    </>
  );
}
