import { afterEach, describe, expect, it } from 'vitest';
import { presetRange, setSiteZone, siteToday, isoDay } from '../../../../dashboard/src/lib/dates';

afterEach(() => setSiteZone(undefined));

describe("the dashboard's today is the site's today", () => {
  it.each([
    ['Europe/Rome', '2026-03-28T23:30:00Z', '2026-03-29'],
    ['UTC', '2026-03-28T23:30:00Z', '2026-03-28'],
    ['America/Los_Angeles', '2026-03-29T05:00:00Z', '2026-03-28'],
    ['Asia/Kolkata', '2026-03-28T18:30:00Z', '2026-03-29'],
  ])('in %s at %s it is %s', (zone, iso, day) => {
    expect(isoDay(siteToday(new Date(iso), zone))).toBe(day);
  });

  it('gives the presets in the site zone', () => {
    setSiteZone('Pacific/Kiritimati'); // UTC+14: always a day ahead of most readers
    const today = isoDay(siteToday(new Date(), 'Pacific/Kiritimati'));
    expect(presetRange('7').to).toBe(today);
    expect(presetRange('month').from).toBe(`${today.slice(0, 8)}01`);
  });
});
