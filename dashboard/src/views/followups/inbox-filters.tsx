// The inbox's own choices under the filter bar: status tabs and reason chips with their counts, and
// two switches (with a comment only, assigned to me); all in the address, like the filter bar's.
import type { ComponentChildren } from 'preact';
import type { FollowUpCounts, FollowUpReason, FollowUpStatus } from '../../../../shared/api';
import { REASONS, STATUSES } from './followup-item';
import { countText } from './inbox-counts';
import { navigate, withParams } from '../../lib/route';
import { Segmented } from '../../components/ui';
import { tr } from '../../lib/i18n';
import { FOLLOWUP_TEXT } from './followup.text';

interface Props {
  q: URLSearchParams;
  status: FollowUpStatus;
  reason: FollowUpReason | '';
  counts: FollowUpCounts | undefined;
  /** The person can own items (an admin or responder of the site): offer "Assigned to me". */
  canOwn: boolean;
}

const Count = ({ text }: { text: string }) => <span class="count"> {text}</span>;

export function InboxFilters({ q, status, reason, counts, canOwn }: Props) {
  const t = tr(FOLLOWUP_TEXT);
  const go = (changes: Record<string, string | null>) => navigate(withParams(q, { ...changes, cursor: null }));
  const reasons: { id: FollowUpReason | ''; label: ComponentChildren }[] = [
    { id: '', label: t.everyReason },
    ...(Object.keys(REASONS) as FollowUpReason[]).map((r) => ({
      id: r,
      label: (
        <>
          {REASONS[r]}
          <Count text={countText(counts?.reasons[r])} />
        </>
      ),
    })),
  ];
  return (
    <div class="toolbar inbox-filters">
      <Segmented
        legend={t.status}
        name="status"
        value={status}
        options={STATUSES.map((s) => ({
          id: s.id,
          label: (
            <>
              {s.label}
              <Count text={countText(counts?.status[s.id])} />
            </>
          ),
        }))}
        onChange={(v) => go({ status: v === 'new' ? null : v })}
      />
      <Segmented legend={t.reason} name="reason" value={reason} options={reasons} onChange={(v) => go({ reason: v || null })} />
      <div class="inbox-switches">
        <label class="check">
          <input
            type="checkbox"
            checked={q.get('withComment') === '1'}
            onChange={(e) => go({ withComment: e.currentTarget.checked ? '1' : null })}
          />
          {t.withComment}
        </label>
        {canOwn && (
          <label class="check">
            <input type="checkbox" checked={q.get('mine') === '1'} onChange={(e) => go({ mine: e.currentTarget.checked ? '1' : null })} />
            {t.mine}
          </label>
        )}
      </div>
    </div>
  );
}
