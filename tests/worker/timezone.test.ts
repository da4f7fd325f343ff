// A site's time zone (SPEC "Sites and people"): per-day counts, from/to, trend buckets and the CSV in
// local days, around DST changes and with half-hour offsets, recomputed independently here with Intl.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DigestData, Summary, Trend } from '../../shared/api';
import { addSql } from '../../worker/src/db/rollups';
import { recountPending, recountSite } from '../../worker/src/db/zone-recount';
import { queueDigests } from '../../worker/src/webhooks/digest';
import { createSite } from './setup/fixtures';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { addEndpoint, outbox } from './setup/webhooks';
import { prng } from './setup/prng';

const H = 3_600_000;
let admin: Session;

/** A seeded PRNG (mulberry32), so a failure can be replayed. */

/** The local day of an instant, straight from Intl (not shared/timezone.ts). */
const dayIn = (zone: string, ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);

interface Row {
  at: number;
  nps: number;
  agent: string;
  lang: string;
  source: 'widget' | 'email';
}

/** Answers (through the collector's own rollup SQL) and links (through the triggers) at these instants. */
async function seed(site: string, rows: Row[]): Promise<void> {
  await env.DB.batch(
    rows.map((r, i) =>
      env.DB.prepare(
        `INSERT INTO responses (id, site_id, survey_id, ticket, nps, lang, source, verified, agent, channel, created_at, updated_at)
         VALUES (?1, ?2, 'support', ?3, ?4, ?5, ?6, ?7, ?8, 'chat', ?9, ?9)`,
      ).bind(`${site}-${i}`, site, `T-${i}`, r.nps, r.lang, r.source, r.source === 'email' ? 1 : 0, r.agent, r.at),
    ),
  );
  await env.DB.prepare(addSql('r.site_id = ?1')).bind(site).run();
  await env.DB.batch(
    rows.map((r, i) =>
      env.DB.prepare(
        `INSERT INTO links (id, site_id, survey_id, ticket, agent, channel, created_at, expires_at, answered_at) VALUES (?1, ?2, 'support', ?3, ?4, 'chat', ?5, ?6, ?7)`,
      ).bind(`l-${site}-${i}`, site, `T-${i}`, r.agent, r.at, r.at + 30 * 24 * H, i % 3 === 0 ? r.at + H : null),
    ),
  );
}

/** n instants within ±3 days of each change. */
function around(changes: number[], n: number, random: () => number): Row[] {
  const rows: Row[] = [];
  for (const t of changes) {
    for (let i = 0; i < n; i++) {
      rows.push({
        at: t + Math.floor((random() * 2 - 1) * 72 * H),
        nps: Math.floor(random() * 11),
        agent: random() < 0.5 ? 'mario' : 'luca',
        lang: random() < 0.5 ? 'it' : 'en',
        source: random() < 0.3 ? 'email' : 'widget',
      });
    }
  }
  return rows;
}

const days = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = Date.parse(`${from}T00:00:00Z`); d <= Date.parse(`${to}T00:00:00Z`); d += 24 * H) out.push(new Date(d).toISOString().slice(0, 10));
  return out;
};

async function get<T>(path: string): Promise<T> {
  const res = await call(admin, path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

/** PATCHes the zone, then finishes the recount it starts (the cron's work) before the test reads. */
async function setZone(site: string, timezone: string): Promise<Response> {
  const res = await call(admin, `/api/v1/sites/${site}/settings`, { method: 'PATCH', json: { timezone } });
  while (await recountPending(env.DB, site)) await recountSite(env.DB, site, 60_000);
  return res;
}

/** Per-day answers from the trend route, and per-day links from the summary route, against the rows. */
async function expectDays(site: string, zone: string, rows: Row[], from: string, to: string, extra = ''): Promise<void> {
  const keep = (r: Row) => extra === '' || (r.source === 'widget' && r.lang === 'it');
  const trend = await get<Trend>(`/api/v1/sites/${site}/trend?from=${from}&to=${to}&interval=day${extra}`);
  const want = Object.fromEntries(days(from, to).map((d) => [d, rows.filter((r) => keep(r) && dayIn(zone, r.at) === d).length]));
  expect(Object.fromEntries(trend.points.map((p) => [p.start, p.responses]))).toEqual(want);
  for (const d of days(from, to)) {
    const s = await get<Summary>(`/api/v1/sites/${site}/summary?from=${d}&to=${d}${extra}`);
    expect(s.current.responses, d).toBe(want[d]);
    if (extra === '') expect(s.current.links.issued, `links ${d}`).toBe(rows.filter((r) => dayIn(zone, r.at) === d).length);
  }
}

// Both changes of 2026 in Rome (29 March, 25 October, 01:00 UTC) and Adelaide (5 April, 4 October).
const ROME = [Date.parse('2026-03-29T01:00:00Z'), Date.parse('2026-10-25T01:00:00Z')];
const ADELAIDE = [Date.parse('2026-04-04T16:30:00Z'), Date.parse('2026-10-03T16:30:00Z')];
const romeRows = [{ at: Date.parse('2026-03-28T23:30:00Z'), nps: 10, agent: 'mario', lang: 'it', source: 'widget' } as Row, ...around(ROME, 150, prng(14))];
const kolkataRows = around([Date.parse('2026-03-28T18:30:00Z')], 150, prng(530));
const adelaideRows = around(ADELAIDE, 150, prng(1030));

beforeAll(async () => {
  await addUser('boss@tz.test', 'a long password', 'admin');
  admin = await signIn('boss@tz.test', 'a long password');
  for (const [site, zone] of [['rome', 'Europe/Rome'], ['kolkata', 'Asia/Kolkata'], ['adelaide', 'Australia/Adelaide']] as const) {
    await createSite(site);
    expect((await setZone(site, zone)).status).toBe(200);
  }
  await seed('rome', romeRows);
  await seed('kolkata', kolkataRows);
  await seed('adelaide', adelaideRows);
  await createSite('utc');
  await seed('utc', romeRows);
}, 60_000);

describe('the site time zone setting', () => {
  it('refuses a zone Intl does not know with a 400 that names the field, and shows the zone in settings and the site list', async () => {
    const res = await setZone('rome', 'Europe/Atlantis');
    expect(res.status).toBe(400);
    expect(JSON.stringify(await res.json())).toMatch(/timezone.*IANA/);
    expect((await get<{ timezone: string }>('/api/v1/sites/rome/settings')).timezone).toBe('Europe/Rome');
    expect((await get<{ timezone: string }>('/api/v1/sites/utc/settings')).timezone).toBe('UTC');
    const { sites } = await get<{ sites: { id: string; timezone: string }[] }>('/api/v1/sites');
    expect(Object.fromEntries(sites.map((s) => [s.id, s.timezone]))).toMatchObject({ rome: 'Europe/Rome', utc: 'UTC', kolkata: 'Asia/Kolkata' });
  });
});

describe('per-day counts in the site time zone', () => {
  it('counts an answer at 23:30 UTC on 28 March on 29 March in Rome, on 28 March in UTC', async () => {
    const only = romeRows.filter((r) => r.at < Date.parse('2026-03-25T00:00:00Z') || r === romeRows[0]);
    expect(only).toHaveLength(1);
    const rome = await get<Trend>('/api/v1/sites/rome/trend?from=2026-03-28&to=2026-03-29&interval=day');
    const utc = await get<Trend>('/api/v1/sites/utc/trend?from=2026-03-28&to=2026-03-29&interval=day');
    const n = (t: Trend, day: string, zone: string) => [t.points.find((p) => p.start === day)!.responses, romeRows.filter((r) => dayIn(zone, r.at) === day).length];
    const [rome29, want29] = n(rome, '2026-03-29', 'Europe/Rome');
    expect(rome29).toBe(want29);
    expect(romeRows.filter((r) => dayIn('UTC', r.at) === '2026-03-29').length).toBe(want29! - 1 - romeRows.filter((r) => r !== romeRows[0] && dayIn('UTC', r.at) === '2026-03-28' && dayIn('Europe/Rome', r.at) === '2026-03-29').length);
    const [utc28, wantUtc28] = n(utc, '2026-03-28', 'UTC');
    expect(utc28).toBe(wantUtc28);
  });

  it.each([
    ['rome', 'Europe/Rome', '2026-03-25', '2026-04-02', () => romeRows],
    ['rome', 'Europe/Rome', '2026-10-21', '2026-10-29', () => romeRows],
    ['kolkata', 'Asia/Kolkata', '2026-03-24', '2026-04-02', () => kolkataRows],
    ['adelaide', 'Australia/Adelaide', '2026-03-31', '2026-04-09', () => adelaideRows],
    ['adelaide', 'Australia/Adelaide', '2026-09-29', '2026-10-08', () => adelaideRows],
    ['utc', 'UTC', '2026-03-25', '2026-04-02', () => romeRows],
  ])('%s (%s): each day from %s to %s has the answers and links of its local day', async (site, zone, from, to, rows) => {
    await expectDays(site, zone, rows(), from, to);
  });

  it('agrees on the raw rows when no rollup cell answers (three filters without agent or channel)', async () => {
    await expectDays('rome', 'Europe/Rome', romeRows, '2026-03-26', '2026-03-31', '&source=widget&lang=it&verified=0');
  });

  it('puts weeks and months on local Mondays and firsts of the month', async () => {
    const weeks = await get<Trend>('/api/v1/sites/adelaide/trend?from=2026-03-30&to=2026-04-12&interval=week');
    expect(weeks.points.map((p) => p.start)).toEqual(['2026-03-30', '2026-04-06']);
    const [w1, w2] = ['2026-03-30', '2026-04-06'].map((m) => adelaideRows.filter((r) => dayIn('Australia/Adelaide', r.at) >= m && dayIn('Australia/Adelaide', r.at) < (m === '2026-03-30' ? '2026-04-06' : '2026-04-13')).length);
    expect(weeks.points.map((p) => p.responses)).toEqual([w1, w2]);
    const months = await get<Trend>('/api/v1/sites/rome/trend?from=2026-03-01&to=2026-04-30&interval=month');
    expect(months.points.map((p) => [p.start, p.responses])).toEqual(
      ['2026-03', '2026-04'].map((m) => [`${m}-01`, romeRows.filter((r) => dayIn('Europe/Rome', r.at).startsWith(m)).length]),
    );
  });

  it('writes the CSV dates as local date-times with the zone offset, on either side of a change', async () => {
    const res = await call(admin, '/api/v1/sites/rome/export.csv?from=2026-03-29&to=2026-03-29');
    const lines = (await res.text()).trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(romeRows.filter((r) => dayIn('Europe/Rome', r.at) === '2026-03-29').length);
    const dates = lines.map((l) => l.split(',')[1]!.replaceAll('"', ''));
    expect(dates.filter((d) => !/^2026-03-29T\d\d:\d\d:\d\d\.\d{3}\+0[12]:00$/.test(d))).toEqual([]);
    expect(dates).toContain('2026-03-29T00:30:00.000+01:00'); // 23:30 UTC the day before
    for (const d of dates) expect(dayIn('Europe/Rome', Date.parse(d))).toBe('2026-03-29');
  });
});

describe('changing the zone', () => {
  it('recounts the days: Rome → UTC → Asia/Kolkata → Rome, each time the local days of the rows', async () => {
    for (const zone of ['UTC', 'Asia/Kolkata', 'Europe/Rome']) {
      expect((await setZone('rome', zone)).status).toBe(200);
      await expectDays('rome', zone, romeRows, '2026-03-27', '2026-03-31');
    }
    const negative = await env.DB.prepare("SELECT count(*) AS n FROM daily_rollups WHERE site_id = 'rome' AND (responses < 0 OR links_issued < 0 OR links_answered < 0)").first<{ n: number }>();
    expect(negative!.n).toBe(0);
  });

  it('with retention, moves only the answers since the retention cutoff; older days keep their counts', async () => {
    await createSite('kept');
    // Cutoff 1 June 2026: the March answers are older (their counts stay on UTC days), the October ones newer.
    const retentionDays = Math.floor((Date.now() - Date.parse('2026-06-01T00:00:00Z')) / (24 * H));
    expect((await call(admin, '/api/v1/sites/kept/settings', { method: 'PATCH', json: { retentionDays } })).status).toBe(200);
    await seed('kept', romeRows);
    expect((await setZone('kept', 'Europe/Rome')).status).toBe(200);
    const march = romeRows.filter((r) => r.at < Date.parse('2026-06-01T00:00:00Z'));
    const october = romeRows.filter((r) => r.at >= Date.parse('2026-06-01T00:00:00Z'));
    const trend = async (from: string, to: string) =>
      Object.fromEntries((await get<Trend>(`/api/v1/sites/kept/trend?from=${from}&to=${to}&interval=day`)).points.map((p) => [p.start, p.responses]));
    const count = (rows: Row[], zone: string, from: string, to: string) => Object.fromEntries(days(from, to).map((d) => [d, rows.filter((r) => dayIn(zone, r.at) === d).length]));
    expect(await trend('2026-03-25', '2026-04-02')).toEqual(count(march, 'UTC', '2026-03-25', '2026-04-02'));
    expect(await trend('2026-10-21', '2026-10-29')).toEqual(count(october, 'Europe/Rome', '2026-10-21', '2026-10-29'));
  });
});

describe('digest.weekly in the site time zone', () => {
  it('is due from Monday 08:00 in Rome, for the week of Rome Mondays', async () => {
    await addEndpoint(['digest.weekly'], { id: 'ep_rome', site: 'rome', createdAt: Date.parse('2026-10-01T00:00:00Z') });
    // Monday 2 November 2026: 08:00 in Rome is 07:00 UTC.
    expect(await queueDigests(env.DB, Date.parse('2026-11-02T06:59:00Z'), null)).toBe(0);
    expect(await queueDigests(env.DB, Date.parse('2026-11-02T07:00:00Z'), null)).toBe(1);
    const row = (await outbox()).find((o) => o.endpoint_id === 'ep_rome')!;
    expect(row.subject).toBe('2026-10-26');
    const { data } = JSON.parse(row.payload as string) as { data: DigestData };
    expect(data.week).toEqual({ from: '2026-10-26', to: '2026-11-01', timeZone: 'Europe/Rome' });
    expect(await queueDigests(env.DB, Date.parse('2026-11-02T09:00:00Z'), null)).toBe(0);
  });
});
