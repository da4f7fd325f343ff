import { afterEach, describe, expect, it } from 'vitest';
import type { AgentsView, DriverBucket, DriverFinding, KpisView, TicketKpis } from '../../../../../shared/api';
import { countAnswers, metricsFromCounts, type ScoredAnswer } from '../../../../../shared/metrics';
import { setLang } from '../../../../../dashboard/src/lib/i18n';
import { bucketLabel, driverBars, durationChange, findingText, noTicketFacts, speedRows, timeStep } from '../../../../../dashboard/src/views/support/support-shape';

afterEach(() => setLang('en'));

const many = (n: number, row: ScoredAnswer) => Array.from({ length: n }, () => row);
const bucket = (name: string, tickets: number, rows: ScoredAnswer[], margins: DriverBucket['margins']): DriverBucket => ({ bucket: name, tickets, ...metricsFromCounts(countAnswers(rows)), margins });
const kpis = (solved: number, more: Partial<TicketKpis> = {}): TicketKpis => ({
  solved,
  firstResponse: { n: solved, median: solved ? 42 : null, p90: solved ? 610 : null },
  resolution: { n: solved, median: solved ? 1310 : null, p90: solved ? 5900 : null },
  oneTouchRate: solved ? 61.2 : null,
  reopenRate: solved ? 4.1 : null,
  responseRate: solved ? 27.5 : null,
  backlog: { open: 0, medianAgeMinutes: null },
  ...more,
});
const view = (cur: TicketKpis, prev: TicketKpis, agents: KpisView['agents'] = []): KpisView => ({
  from: '2026-10-26',
  to: '2026-11-24',
  filters: {},
  interval: 'day',
  current: cur,
  previous: { ...prev, from: '2026-09-26', to: '2026-10-25' },
  points: [{ start: '2026-11-24', ...cur }],
  agents,
});

const FINDING: DriverFinding = {
  metric: 'csat',
  better: { bucket: '<1h', value: 91.2, n: 400 },
  worse: { bucket: '1-3d', value: 64.4, n: 60 },
  difference: 26.8,
  margin: 12.6,
};

describe('the Support view’s shapes', () => {
  it.each([
    ['en', 'CSAT 91% when the first reply came within 1 h, 64% when the first reply took 1–3 days: a difference of 27 pts, beyond its ±13 pts margin.'],
    ['it', 'CSAT 91% quando la prima risposta è arrivata entro 1 h, 64% quando la prima risposta ha richiesto 1–3 giorni: una differenza di 27 punti, oltre il suo margine di ±13 punti.'],
    ['de', 'CSAT 91 %, wenn die erste Antwort binnen 1 Std. kam; 64 %, wenn die erste Antwort 1–3 Tage dauerte: 27 Punkte Unterschied, mehr als die Spanne von ±13 Punkte.'],
  ] as const)('says the strongest finding in plain %s', (lang, want) => {
    setLang(lang);
    expect(findingText('first_response', FINDING).replaceAll('\u00a0', ' ')).toBe(want);
  });

  it('writes a CES finding with the mean and a replies phrase', () => {
    const f: DriverFinding = { metric: 'ces', better: { bucket: '1', value: 1.82, n: 900 }, worse: { bucket: '3-4', value: 2.9, n: 80 }, difference: 1.08, margin: 0.31 };
    expect(findingText('replies', f)).toBe('CES 1.82 with a single agent reply, 2.90 with 3–4 agent replies: a difference of 1.08, beyond its ±0.31 margin.');
  });

  it.each([
    ['first_response', '>3d', 'en', '> 3 days'],
    ['resolution', '1-3d', 'it', '1–3 giorni'],
    ['reopened', 'yes', 'it', 'Riaperti'],
    ['replies', '5+', 'pl', '5+'],
    ['replies', 'unknown', 'en', 'unknown'],
  ] as const)('names bucket %s %s in %s as %s', (by, b, lang, want) => {
    setLang(lang);
    expect(bucketLabel(by, b)).toBe(want);
  });

  it('draws each bucket’s score with its margin inside the scale, its n, and small samples marked', () => {
    const buckets = [
      bucket('<1h', 500, many(100, { csat: 5, nps: 10 }), { csat: 1.5, ces: null, nps: 3 }),
      bucket('1-4h', 200, [...many(10, { csat: 5 }), ...many(10, { csat: 1 })], { csat: 21, ces: null, nps: null }),
      bucket('4-24h', 30, [], { csat: null, ces: null, nps: null }),
    ];
    const bars = driverBars('first_response', buckets, 'csat');
    expect(bars.map((b) => [b.label, b.n, b.value, b.low, b.high, b.small])).toEqual([
      ['< 1 h', 100, 100, 98.5, 100, false],
      ['1–4 h', 20, 50, 29, 71, true],
      ['4–24 h', 0, null, null, null, true],
    ]);
    expect(driverBars('first_response', buckets, 'nps')[0]).toMatchObject({ value: 100, low: 97, high: 100 });
  });

  it('puts each agent’s speed beside their satisfaction, agents with only one side included, most tickets first', () => {
    const speed: KpisView['agents'] = [
      { agent: 'luca', ...kpis(120, { firstResponse: { n: 120, median: 22, p90: 90 } }) },
      { agent: 'giulia', ...kpis(200) },
    ];
    const sat = [
      { agent: 'luca', ...metricsFromCounts(countAnswers(many(40, { csat: 2, nps: 3 }))) },
      { agent: 'emma', ...metricsFromCounts(countAnswers(many(5, { csat: 5, nps: 10 }))) },
    ] as unknown as AgentsView['agents'];
    const rows = speedRows(speed, sat);
    expect(rows.map((r) => [r.agent, r.solved, r.firstResponse, r.answers, r.csat, r.nps])).toEqual([
      ['giulia', 200, 42, 0, null, null],
      ['luca', 120, 22, 40, 0, -100],
      ['emma', 0, null, 5, 100, 100],
    ]);
    expect(speedRows(speed, undefined).map((r) => r.agent)).toEqual(['giulia', 'luca']);
  });

  it('knows a site without ticket facts from a period without solved tickets but an open backlog', () => {
    expect(noTicketFacts(view(kpis(0), kpis(0)))).toBe(true);
    expect(noTicketFacts(view(kpis(0, { backlog: { open: 3, medianAgeMinutes: 60 } }), kpis(0)))).toBe(false);
    expect(noTicketFacts(view(kpis(0), kpis(12)))).toBe(false);
  });

  it.each([
    [42, 48, { delta: 6, faster: true }],
    [90, 60, { delta: 30, faster: false }],
    [null, 60, null],
    [60, null, null],
  ])('compares a median of %s minutes with %s before', (now, before, want) => {
    expect(durationChange(now, before)).toEqual(want);
  });

  it.each([
    [30, 5],
    [125, 30],
    [1400, 240],
    [2000, 360],
    [5000, 720],
    [40_000, 10_080],
    [200_000, 30_240],
  ])('steps a time axis up to %d minutes every %d minutes', (max, step) => {
    expect(timeStep(max)).toBe(step);
  });
});
