// The follow-up inbox: unhappy customers (detractors, CSAT ≤ 2, high effort) by status, to call back.
import type { FollowUp, Me, SiteInfo } from '../../shared/api';
import { worksFollowUps } from './access';
import { enc, query } from './api';
import { FollowUpItem, STATUSES } from './followup-item';
import { navigate, withParams } from './route';
import { usePaged } from './use-paged';
import { ErrorNote, More, Segmented } from './ui';

export function FollowUps({ q, site, me }: { q: URLSearchParams; site: SiteInfo; me: Me }) {
  const readOnly = !worksFollowUps(me);
  const status = STATUSES.find((s) => s.id === q.get('status'))?.id ?? 'new';
  const list = usePaged<FollowUp>(`/sites/${enc(site.id)}/followups${query({ status })}`);
  return (
    <>
      <h1 tabIndex={-1}>Follow-ups</h1>
      <p class="muted">
        Customers to call back: detractors (NPS 0–6), CSAT 1–2 and high effort (CES 4–5).
        {readOnly && ' You can read this list; an admin or a responder updates it.'}
      </p>
      <div class="toolbar">
        <Segmented
          legend="Status"
          name="status"
          value={status}
          options={STATUSES}
          onChange={(v) => navigate(withParams(q, { status: v === 'new' ? null : v }))}
        />
      </div>
      {list.error && <ErrorNote error={list.error} retry={list.reload} />}
      {list.items && list.items.length === 0 && !list.next && (
        <p class="note">
          Nothing here: no follow-ups are “{STATUSES.find((s) => s.id === status)!.label.toLowerCase()}”.
        </p>
      )}
      {list.items && list.items.length > 0 && (
        <ol class="responses">
          {list.items.map((f, i) => (
            <li key={f.response.id}>
              <FollowUpItem
                q={q}
                site={site.id}
                item={f}
                readOnly={readOnly}
                onSaved={(next) => list.replace(i, next)}
              />
            </li>
          ))}
        </ol>
      )}
      <More list={list} noun="follow-up" />
    </>
  );
}
