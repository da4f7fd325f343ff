// The per-day aspect sums (migrations/0013_aspects.sql) never disagree with the rows: after random
// inserts, merges that change ratings and CSAT, conflicts, email answers, erasures and a change of time
// zone, in a site whose days are Rome's, reading them gives what a recomputation of the raw rows in
// JavaScript gives (days from Intl); retention keeps them; a rebuild gives the same rows.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../shared/api';
import { emptyAspectSums, type AspectSums } from '../../shared/metrics/aspects';
import { readAspects, type AspectGroup } from '../../worker/src/db/aspects';
import { erase } from '../../worker/src/db/browse';
import { upsertResponse, type ResponseRow } from '../../worker/src/db/responses';
import { purgeSite } from '../../worker/src/db/retention';
import { rebuildSql } from '../../worker/src/db/rollups';
import { zoneChangeQueries } from '../../worker/src/db/timezone';
import { recordLinkAnswers } from '../../worker/src/links/record';
import { periodOf } from '../../worker/src/routes/sites/range';
import { createSite } from './setup/fixtures';
import { prng } from './setup/prng';

const DAY = 86_400_000;
const T0 = Date.parse('2026-10-10T00:00:00Z'); // around the end of summer time in Rome (25 October)
const ZONE = 'Europe/Rome';

const rand = prng(14_2026);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const maybe = <T>(x: T): T | null => (rand() < 0.2 ? null : x);
const AGENTS = ['mario', 'giulia', 'luca'];
const rating = () => 1 + Math.floor(rand() * 5);
const someAspects = (): Record<string, number> | null => {
  if (rand() < 0.15) return null;
  const out: Record<string, number> = {};
  for (const k of ['courtesy', 'competence', 'speed', 'tone']) if (rand() < 0.8) out[k] = rating();
  return out;
};

function randomRow(): ResponseRow {
  const at = T0 + Math.floor(rand() * 30 * DAY);
  return {
    id: crypto.randomUUID(), site: 'asp', survey: pick(['support', 'nps-only']), ticket: `T-${Math.floor(rand() * 120)}`,
    csat: maybe(rating()), ces: maybe(rating()), nps: null, comment: null, aspects: someAspects(), lang: maybe(pick(['it', 'en'])),
    source: 'widget', verified: rand() < 0.3 ? 1 : 0, agent: maybe(pick(AGENTS)), channel: maybe(pick(['chat', 'phone'])),
    customer: maybe(`c-${Math.floor(rand() * 20)}`), page: null, createdAt: at, updatedAt: at,
  };
}

const dayIn = (zone: string, ms: number) => new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
let zone = ZONE;

interface Stored { site_id: string; survey_id: string; agent: string | null; channel: string | null; lang: string | null; source: string; verified: number; csat: number | null; aspects: string | null; created_at: number }

/** The sums straight from the raw rows, in JavaScript. */
async function recompute(f: Filters, fromDay: string, toDay: string, group: AspectGroup): Promise<Record<string, Record<string, AspectSums>>> {
  const { results } = await env.DB.prepare("SELECT * FROM responses WHERE site_id = 'asp'").all<Stored>();
  const out: Record<string, Record<string, AspectSums>> = {};
  for (const r of results) {
    const day = dayIn(zone, r.created_at);
    if (day < fromDay || day > toDay || !r.aspects) continue;
    if ((f.survey && r.survey_id !== f.survey) || (f.agent && r.agent !== f.agent) || (f.channel && r.channel !== f.channel)) continue;
    if ((f.lang && r.lang !== f.lang) || (f.source && r.source !== f.source) || (f.verified && String(r.verified) !== f.verified)) continue;
    const key = group === 'agent' ? String(r.agent) : group === 'day' ? day : 'null';
    for (const [aspect, x] of Object.entries(JSON.parse(r.aspects) as Record<string, number>)) {
      const s = ((out[key] ??= {})[aspect] ??= emptyAspectSums());
      s.n++, (s.total += x), (s.squares += x * x);
      if (r.csat !== null && r.csat >= 4) s.satN++, (s.satTotal += x), (s.satSquares += x * x);
      if (r.csat !== null && r.csat <= 2) s.unsatN++, (s.unsatTotal += x), (s.unsatSquares += x * x);
    }
  }
  return out;
}

async function read(f: Filters, fromDay: string, toDay: string, group: AspectGroup) {
  const tally = await readAspects(env.DB, 'asp', periodOf(zone, fromDay, toDay), f, group);
  return Object.fromEntries([...tally].map(([k, m]) => [String(k), Object.fromEntries(m)]));
}

const FILTERS: Filters[] = [{}, { survey: 'support' }, { agent: 'giulia' }, { channel: 'chat', lang: 'it' }, { verified: '1' }, { source: 'email' }, { source: 'widget', lang: 'it', verified: '0' }];

beforeAll(async () => {
  await createSite('asp');
  await env.DB.batch(zoneChangeQueries('asp', ZONE, undefined, Date.now()).map(([q, p]) => env.DB.prepare(q).bind(...p)));
  const rows: ResponseRow[] = [];
  for (let i = 0; i < 260; i++) {
    const op = rand();
    if (op < 0.5 || rows.length === 0) {
      const row = randomRow();
      rows.push(row);
      await upsertResponse(env.DB, row);
    } else if (op < 0.75) {
      // A later post: ratings merged key by key, maybe a new CSAT (which moves the ratings between sides).
      await upsertResponse(env.DB, { ...pick(rows), csat: maybe(rating()), aspects: rand() < 0.5 ? { speed: rating() } : someAspects() });
    } else if (op < 0.8) {
      await upsertResponse(env.DB, { ...pick(rows), ticket: 'T-another', aspects: { speed: 1 } }); // refused
    } else if (op < 0.9) {
      const claims = { s: 'asp', v: 'support', t: `E-${Math.floor(rand() * 30)}`, a: pick(AGENTS), c: 'email', e: 0, ...(rand() < 0.5 ? { i: 'link' } : {}) };
      await recordLinkAnswers(env.DB, claims, { csat: rating(), aspects: { courtesy: rating(), speed: rating() } }, 'it');
    } else {
      await erase(env.DB, 'asp', rand() < 0.5 ? 'ticket' : 'customer', rand() < 0.5 ? `T-${Math.floor(rand() * 120)}` : `c-${Math.floor(rand() * 20)}`);
    }
  }
}, 120_000);

describe('aspect rollups', () => {
  for (const f of FILTERS) {
    it.each(['all', 'day', 'agent'] as const)(`equal the raw rows recomputed in Rome's days, filters ${JSON.stringify(f)}, grouped by %s`, async (group) => {
      expect(await read(f, '2026-10-10', '2026-11-08', group)).toEqual(await recompute(f, '2026-10-10', '2026-11-08', group));
    });
  }

  it('count a stored answer once, and its merge moves its ratings instead of adding them', async () => {
    const base = randomRow();
    const row = { ...base, agent: 'solo', csat: 5, aspects: { speed: 5, courtesy: 4 } };
    await upsertResponse(env.DB, row);
    await upsertResponse(env.DB, { ...row, csat: 1, aspects: { speed: 2 } });
    const day = dayIn(zone, row.createdAt);
    const got = (await read({ agent: 'solo' }, day, day, 'all'))['null']!;
    expect(got.speed).toMatchObject({ n: 1, total: 2, satN: 0, unsatN: 1, unsatTotal: 2 });
    expect(got.courtesy).toMatchObject({ n: 1, total: 4, satN: 0, unsatN: 1 });
  });

  it('move to the new local days with a change of time zone, and match a rebuild', async () => {
    zone = 'America/New_York';
    await env.DB.batch(zoneChangeQueries('asp', zone, undefined, Date.now()).map(([q, p]) => env.DB.prepare(q).bind(...p)));
    expect(await read({}, '2026-10-09', '2026-11-09', 'day')).toEqual(await recompute({}, '2026-10-09', '2026-11-09', 'day'));
    // The rows with their aspects that still have answers, JSON keys sorted (a merge may leave zeros).
    const snapshot = async () =>
      (await env.DB.prepare('SELECT site_id, dim, value, day, survey_id, sums FROM aspect_rollups ORDER BY site_id, dim, value, day, survey_id').all<{ sums: string }>()).results
        .map((r) => ({ ...r, sums: Object.fromEntries(Object.entries(JSON.parse(r.sums) as Record<string, number[]>).filter(([, a]) => a[0] !== 0).sort(([a], [b]) => a.localeCompare(b))) }))
        .filter((r) => Object.keys(r.sums).length > 0);
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(100);
    await env.DB.batch(rebuildSql().map((q) => env.DB.prepare(q)));
    expect(await snapshot()).toEqual(kept);
    const negative = await env.DB.prepare('SELECT count(*) AS n FROM aspect_rollups, json_each(sums) j WHERE j.value ->> 0 < 0 OR j.value ->> 3 < 0 OR j.value ->> 6 < 0').first<{ n: number }>();
    expect(negative!.n).toBe(0);
  });

  it('stay when retention erases the answers', async () => {
    const before = await read({}, '2026-10-01', '2026-11-30', 'all');
    await purgeSite(env.DB, 'asp', T0 + 15 * DAY);
    expect(await read({}, '2026-10-01', '2026-11-30', 'all')).toEqual(before);
    expect(await recompute({}, '2026-10-01', '2026-11-30', 'all')).not.toEqual(before);
  });
});
