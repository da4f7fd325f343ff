import { describe, expect, it } from 'vitest';
import type { FollowUp, FollowUpCounts } from '../../../../../shared/api';
import { afterChange, countText, stillListed } from '../../../../../dashboard/src/views/followups/inbox-counts';

const counts = (newN: number, more = false): FollowUpCounts => ({
  status: { new: { n: newN, more }, contacted: { n: 2, more: false }, resolved: { n: 0, more: false } },
  reasons: { detractor: { n: 4, more }, 'low-csat': { n: 1, more }, 'high-effort': { n: 3, more } },
});
const item = (status: FollowUp['status'], owner: string | null = null): FollowUp =>
  ({ status, owner, reasons: ['detractor', 'high-effort'] }) as unknown as FollowUp;

describe('afterChange', () => {
  it('moves the item from its old status to the new one, and out of the reasons of the tab it left', () => {
    const next = afterChange(counts(5), item('new'), item('contacted'), { status: 'new' });
    expect(next.status).toEqual({ new: { n: 4, more: false }, contacted: { n: 3, more: false }, resolved: { n: 0, more: false } });
    expect(next.reasons).toEqual({ detractor: { n: 3, more: false }, 'low-csat': { n: 1, more: false }, 'high-effort': { n: 2, more: false } });
  });

  it('keeps the reasons of every status as they were when no status is chosen', () => {
    expect(afterChange(counts(5), item('new'), item('resolved'), {}).reasons).toEqual(counts(5).reasons);
  });

  it('leaves a capped count as "at least"', () => {
    const next = afterChange(counts(1000, true), item('new'), item('contacted'), { status: 'new' });
    expect(next.status.new).toEqual({ n: 1000, more: true });
    expect(next.status.contacted.n).toBe(3);
  });

  it('takes an item given to someone else out of "assigned to me" counts', () => {
    const next = afterChange(counts(5), item('new', 'me'), item('new', 'rita'), { status: 'new', mine: 'me' });
    expect(next.status.new.n).toBe(4);
    expect(next.reasons.detractor.n).toBe(3);
    expect(stillListed(item('new', 'rita'), { status: 'new', mine: 'me' })).toBe(false);
    expect(stillListed(item('new', 'me'), { status: 'new', mine: 'me' })).toBe(true);
  });
});

describe('countText', () => {
  it.each([
    [{ n: 0, more: false }, '0'],
    [{ n: 635, more: false }, '635'],
    [{ n: 1000, more: true }, '1,000+'],
    [undefined, '…'],
  ])('%j reads %s', (c, text) => expect(countText(c)).toBe(text));
});
