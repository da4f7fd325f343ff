// The inbox's counts after one item changed, so they move at once (the fresh counts follow from the
// server): the item leaves its old status and joins its new one wherever it still matches the filter.
import type { FollowUp, FollowUpCounts, FollowUpStatus, InboxCount } from '../../../../shared/api';
import { num } from '../../lib/format';

export interface Shown {
  /** The status tab; undefined: every status. */
  status?: FollowUpStatus;
  /** "Assigned to me": the signed-in person's user id. */
  mine?: string;
}

export function afterChange(c: FollowUpCounts, prev: FollowUp, next: FollowUp, f: Shown): FollowUpCounts {
  const out: FollowUpCounts = structuredClone(c);
  // A count that stopped at the cap stays "at least n".
  const bump = (x: InboxCount, d: number) => {
    if (!x.more) x.n = Math.max(0, x.n + d);
  };
  const matches = (x: FollowUp) => !f.mine || x.owner === f.mine;
  const listed = (x: FollowUp) => matches(x) && (!f.status || x.status === f.status);
  if (matches(prev)) bump(out.status[prev.status], -1);
  if (matches(next)) bump(out.status[next.status], 1);
  for (const r of prev.reasons) {
    if (listed(prev)) bump(out.reasons[r], -1);
    if (listed(next)) bump(out.reasons[r], 1);
  }
  return out;
}

/** Whether the item still belongs to the list shown. */
export function stillListed(next: FollowUp, f: Shown): boolean {
  return (!f.status || next.status === f.status) && (!f.mine || next.owner === f.mine);
}

/** 635 → "635"; a capped count → "1,000+". */
export const countText = (c: InboxCount | undefined): string => (c ? `${num(c.n)}${c.more ? '+' : ''}` : '…');
