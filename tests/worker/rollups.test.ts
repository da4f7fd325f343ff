// The per-day rollups never disagree with the rows: after random inserts, merges, score changes,
// conflicts, email-link answers and erasures through the real write functions, reading the rollups
// gives what a full recomputation from the raw rows gives, for every filter and grouping.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Filters } from '../../shared/api';
import { erase } from '../../worker/src/db/browse';
import { linkCounts, insertLink, markAnsweredStatement, markOpened } from '../../worker/src/db/links';
import { countsBy, readTally, responsesWhere, rollupPlan, type GROUPS } from '../../worker/src/db/metrics';
import { upsertResponse, type ResponseRow } from '../../worker/src/db/responses';
import { rebuildSql } from '../../worker/src/db/rollups';
import { recordLinkAnswers } from '../../worker/src/links/record';
import { createSite } from './setup/fixtures';
import { prng } from './setup/prng';

const DAY = 86400_000;
const T0 = Date.parse('2026-10-01T00:00:00Z');
const range = { from: T0, to: T0 + 30 * DAY };

const rand = prng(20261123);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const maybe = <T>(x: T): T | null => (rand() < 0.2 ? null : x);
const AGENTS = ['mario', 'giulia', 'luca'];
const CHANNELS = ['chat', 'email', 'phone'];

function randomRow(id: string, ticket: string): ResponseRow {
  const at = T0 + Math.floor(rand() * 30 * DAY);
  return {
    id,
    site: 'acme',
    survey: pick(['support', 'nps-only']),
    ticket,
    csat: maybe(1 + Math.floor(rand() * 5)),
    ces: maybe(1 + Math.floor(rand() * 5)),
    nps: maybe(Math.floor(rand() * 11)),
    comment: null,
    aspects: null,
    lang: maybe(pick(['it', 'en'])),
    source: 'widget',
    verified: rand() < 0.3 ? 1 : 0,
    agent: maybe(pick(AGENTS)),
    channel: maybe(pick(CHANNELS)),
    customer: maybe(`c-${Math.floor(rand() * 20)}`),
    page: null,
    createdAt: at,
    updatedAt: at,
  };
}

beforeAll(async () => {
  await createSite('acme');
  const rows: ResponseRow[] = [];
  const counts = { insert: 0, merge: 0, conflict: 0, link: 0, email: 0, erase: 0 };
  for (let i = 0; i < 400; i++) {
    const op = rand();
    if (op < 0.45 || rows.length === 0) {
      const row = randomRow(crypto.randomUUID(), `T-${Math.floor(rand() * 150)}`);
      rows.push(row);
      await upsertResponse(env.DB, row);
      counts.insert++;
    } else if (op < 0.7) {
      // The same id again: a changed score, a follow-up, maybe another agent.
      const old = pick(rows);
      const change: ResponseRow = { ...old, nps: maybe(Math.floor(rand() * 11)), csat: maybe(1 + Math.floor(rand() * 5)), comment: 'later', agent: maybe(pick(AGENTS)) };
      await upsertResponse(env.DB, change);
      counts.merge++;
    } else if (op < 0.75) {
      await upsertResponse(env.DB, { ...pick(rows), ticket: 'T-another', nps: 0 }); // refused: 409
      counts.conflict++;
    } else if (op < 0.8) {
      // A link issued (the email sent), sometimes answered at once: the link triggers keep its counts.
      const at = T0 + Math.floor(rand() * 30 * DAY);
      const id = crypto.randomUUID();
      await insertLink(env.DB, { id, site: 'acme', survey: pick(['support', 'nps-only']), ticket: `T-${Math.floor(rand() * 150)}`, agent: maybe(pick(AGENTS)), channel: maybe(pick(CHANNELS)), customer: maybe(`c-${Math.floor(rand() * 20)}`), lang: maybe(pick(['it', 'en'])), createdAt: at, expiresAt: at + 30 * DAY });
      // Sometimes opened by a person, sometimes answered (which marks it opened too).
      const next = rand();
      if (next < 0.4) await env.DB.batch([markAnsweredStatement(env.DB, id, at + 3600_000)]);
      else if (next < 0.7) await markOpened(env.DB, id, 'acme', at + 60_000);
      counts.link++;
    } else if (op < 0.9) {
      const ticket = `E-${Math.floor(rand() * 40)}`;
      const answers = rand() < 0.5 ? { nps: Math.floor(rand() * 11) } : { csat: 1 + Math.floor(rand() * 5), ces: 1 + Math.floor(rand() * 5) };
      // Signed links (with a link id) fill the verified slot, template links the other.
      const claims = { s: 'acme', v: 'support', t: ticket, a: pick(AGENTS), c: 'email', e: 0, ...(rand() < 0.5 ? { i: 'link' } : {}) };
      await recordLinkAnswers(env.DB, claims, answers, 'it');
      counts.email++;
    } else {
      if (rand() < 0.5) await erase(env.DB, 'acme', 'ticket', `T-${Math.floor(rand() * 150)}`);
      else await erase(env.DB, 'acme', 'customer', `c-${Math.floor(rand() * 20)}`);
      counts.erase++;
    }
  }
  console.log('rollup test operations', counts);
}, 120_000);

const FILTERS: Filters[] = [
  {},
  { survey: 'support' },
  { agent: 'mario' },
  { agent: 'luca', survey: 'nps-only' },
  { channel: 'email' },
  { source: 'email' },
  { lang: 'it' },
  { verified: '1' },
  { verified: '0', survey: 'support' },
  { agent: 'giulia', channel: 'chat' },
  { agent: 'luca', lang: 'it', survey: 'support' },
  { channel: 'email', verified: '1' },
  { source: 'email', lang: 'it' },
  { lang: 'en', verified: '0' },
  { agent: 'mario', channel: 'chat', lang: 'it' }, // three, one of them agent: a cell still answers
  { source: 'widget', lang: 'it', verified: '0' }, // three without agent or channel: the raw rows answer
];
const GROUPINGS: (keyof typeof GROUPS)[] = ['all', 'day', 'week', 'month', 'agent', 'channel'];

describe('daily rollups', () => {
  for (const f of FILTERS) {
    it.each(GROUPINGS)(`equal a recomputation from the raw rows, filters ${JSON.stringify(f)}, grouped by %s`, async (group) => {
      const fromRollups = await readTally(env.DB, 'acme', range, f, group);
      const fromRows = await countsBy(env.DB, responsesWhere('acme', range, f), group);
      expect(Object.fromEntries(fromRollups.counts)).toEqual(Object.fromEntries(fromRows));
      if (group === 'all') {
        const links = await linkCounts(env.DB, 'acme', range.from, range.to, f);
        expect(fromRollups.links).toEqual({ issued: links.issued, opened: links.opened, answered: links.answered });
      }
    });
  }

  it('answer up to two filters (three with agent or channel), and are the same after `rollups rebuild`', async () => {
    expect(rollupPlan({ agent: 'a' }, 'day')).not.toBeNull();
    expect(rollupPlan({ agent: 'a', channel: 'b' }, 'day')).not.toBeNull();
    expect(rollupPlan({ source: 'email', lang: 'it' }, 'agent')).not.toBeNull();
    expect(rollupPlan({ source: 'email', lang: 'it', verified: '1' }, 'day')).toBeNull();
    expect(rollupPlan({ source: 'email', lang: 'it', verified: '1' }, 'channel')).toBeNull();
    const snapshot = async () =>
      (await env.DB.prepare('SELECT * FROM daily_rollups WHERE responses > 0 OR links_issued > 0 OR links_opened > 0 ORDER BY site_id, dim, day, survey_id, value').all()).results;
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(100);
    await env.DB.batch(rebuildSql().map((sql) => env.DB.prepare(sql)));
    expect(await snapshot()).toEqual(kept);
    const negative = await env.DB.prepare('SELECT count(*) AS n FROM daily_rollups WHERE responses < 0 OR nps_0 < 0 OR csat_1 < 0 OR links_issued < 0 OR links_opened < 0 OR links_answered < 0').first<{ n: number }>();
    expect(negative!.n).toBe(0);
  });
});
