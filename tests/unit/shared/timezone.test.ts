import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, EARLIEST, isTimeZone, localDay, localIso, mondayOf, monthStart, offsetAt, startOfDay, utcOffsets, zonedTime } from '../../../shared/timezone';

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);

describe('isTimeZone', () => {
  it.each([
    ['UTC', true],
    ['Europe/Rome', true],
    ['Asia/Kolkata', true],
    ['Mars/Olympus', false],
    ['', false],
    ['Europe/Rome; DROP', false],
  ])('%s → %s', (zone, ok) => expect(isTimeZone(zone)).toBe(ok));
});

describe('offsetAt and localDay', () => {
  it.each([
    ['UTC', '2026-03-28T23:30:00Z', 0, '2026-03-28'],
    ['Europe/Rome', '2026-03-28T23:30:00Z', 1 * H, '2026-03-29'],
    ['Europe/Rome', '2026-03-29T00:59:59Z', 1 * H, '2026-03-29'],
    ['Europe/Rome', '2026-03-29T01:00:00Z', 2 * H, '2026-03-29'],
    ['Europe/Rome', '2026-10-25T00:59:59Z', 2 * H, '2026-10-25'],
    ['Europe/Rome', '2026-10-25T01:00:00Z', 1 * H, '2026-10-25'],
    ['Europe/Rome', '2026-10-25T22:59:59Z', 1 * H, '2026-10-25'],
    ['Europe/Rome', '2026-10-25T23:00:00Z', 1 * H, '2026-10-26'],
    ['Asia/Kolkata', '2026-03-28T18:29:59Z', 5.5 * H, '2026-03-28'],
    ['Asia/Kolkata', '2026-03-28T18:30:00Z', 5.5 * H, '2026-03-29'],
    ['Australia/Adelaide', '2026-04-04T13:29:59Z', 10.5 * H, '2026-04-04'],
    ['America/New_York', '2026-03-08T04:59:59Z', -5 * H, '2026-03-07'],
  ])('%s at %s: offset %i, day %s', (zone, iso, offset, day) => {
    expect(offsetAt(zone, at(iso))).toBe(offset);
    expect(localDay(zone, at(iso))).toBe(day);
  });
});

describe('startOfDay and zonedTime', () => {
  it.each([
    ['UTC', '2026-03-29', 0, '2026-03-29T00:00:00.000Z'],
    ['Europe/Rome', '2026-03-29', 0, '2026-03-28T23:00:00.000Z'], // 23 hours long
    ['Europe/Rome', '2026-03-30', 0, '2026-03-29T22:00:00.000Z'],
    ['Europe/Rome', '2026-10-25', 0, '2026-10-24T22:00:00.000Z'], // 25 hours long
    ['Europe/Rome', '2026-10-26', 0, '2026-10-25T23:00:00.000Z'],
    ['Europe/Rome', '2026-03-30', 8 * 60, '2026-03-30T06:00:00.000Z'],
    ['Europe/Rome', '2026-03-29', 2 * 60 + 30, '2026-03-29T01:30:00.000Z'], // 02:30 does not exist: 03:30, an hour on
    ['Asia/Kolkata', '2026-03-29', 0, '2026-03-28T18:30:00.000Z'],
    ['America/Santiago', '2026-09-06', 0, '2026-09-06T04:00:00.000Z'], // midnight skipped: 01:00 is the first instant
  ])('%s %s +%i min → %s', (zone, day, minutes, iso) => {
    expect(new Date(zonedTime(zone, day, minutes)).toISOString()).toBe(iso);
    if (minutes === 0) expect(startOfDay(zone, day)).toBe(zonedTime(zone, day));
  });
});

describe('utcOffsets', () => {
  it('has one period for a zone without changes, from the beginning of time', () => {
    expect(utcOffsets('Asia/Kolkata', 2000, 2030)).toEqual([[EARLIEST, 5.5 * H]]);
    expect(utcOffsets('UTC')).toEqual([[EARLIEST, 0]]);
  });
  it('finds both changes of 2026 in Rome to the second', () => {
    const rows = utcOffsets('Europe/Rome', 2026, 2026);
    expect(rows.map(([t, o]) => [t === EARLIEST ? 'start' : new Date(t).toISOString(), o / H])).toEqual([
      ['start', 1],
      ['2026-03-29T01:00:00.000Z', 2],
      ['2026-10-25T01:00:00.000Z', 1],
    ]);
  });
  it('agrees with Intl at random instants', () => {
    const rows = utcOffsets('Australia/Adelaide', 2020, 2030);
    for (let i = 0; i < 200; i++) {
      const t = Date.UTC(2020, 0, 1) + Math.floor(((i * 7919) % 200) / 200 * 10 * 365 * 86_400_000);
      const row = rows.filter(([from]) => from <= t).at(-1)!;
      expect(row[1]).toBe(offsetAt('Australia/Adelaide', t));
    }
  });
});

describe('calendar days', () => {
  it.each([
    ['2026-03-28', 1, '2026-03-29'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2024-12-31', 366, '2026-01-01'],
    ['9999-12-31', 1, '+010000-01-01'], // beyond ISO's four digits, still a day Date.parse reads back
    ['0000-01-01', -1, '-000001-12-31'],
  ])('%s + %i → %s', (day, n, out) => {
    expect(addDays(day, n)).toBe(out);
    expect(daysBetween(day, out)).toBe(n);
  });
  it.each([
    ['2026-03-29', '2026-03-23'],
    ['2026-03-30', '2026-03-30'],
    ['2026-01-01', '2025-12-29'],
  ])('Monday of %s is %s', (day, monday) => expect(mondayOf(day)).toBe(monday));
  it.each([
    ['2026-03-29', 0, '2026-03-01'],
    ['2026-12-15', 1, '2027-01-01'],
    ['0000-01-31', 1, '0000-02-01'],
    ['9999-12-31', 1, '+010000-01-01'],
  ])('month of %s, +%i → %s', (day, n, out) => expect(monthStart(day, n)).toBe(out));
});

describe('localIso', () => {
  it.each([
    ['UTC', '2026-03-28T23:30:00Z', '2026-03-28T23:30:00.000Z'],
    ['Europe/Rome', '2026-03-29T00:30:00Z', '2026-03-29T01:30:00.000+01:00'],
    ['Europe/Rome', '2026-07-01T10:00:00Z', '2026-07-01T12:00:00.000+02:00'],
    ['Asia/Kolkata', '2026-03-28T18:30:00Z', '2026-03-29T00:00:00.000+05:30'],
    ['America/New_York', '2026-01-01T03:00:00Z', '2025-12-31T22:00:00.000-05:00'],
  ])('%s %s → %s', (zone, iso, out) => expect(localIso(zone, at(iso))).toBe(out));
});
