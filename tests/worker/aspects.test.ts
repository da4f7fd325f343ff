// GET …/aspects and …/agents (issue #14) against a recomputation from the raw rows in JavaScript, flags
// only beyond the margin, who may read them; and the agentNames setting: saved, validated, returned.
import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AgentsView, AspectsView, SiteList, SiteSettingsView } from '../../shared/api';
import { upsertResponses, type ResponseRow } from '../../worker/src/db/responses';
import { addUser, call, signIn, type Session } from './setup/dashboard';
import { createApiKey, createSite } from './setup/fixtures';
import { prng } from './setup/prng';

const DAY = 86_400_000;
const T0 = Date.parse('2026-09-01T00:00:00Z');
const RANGE = 'from=2026-09-01&to=2026-09-28';
let admin: Session;

const rand = prng(1414);
const clamp = (x: number) => Math.max(1, Math.min(5, Math.round(x)));

// giulia: fast and liked; luca: slow; mario: like everyone; anna: 8 answers (too few to call).
const AGENTS: [string, number, number][] = [['giulia', 80, 1.2], ['luca', 80, -1.4], ['mario', 80, 0], ['anna', 8, 1.5]];
const rows: ResponseRow[] = [];

beforeAll(async () => {
  await createSite('team');
  await createSite('elsewhere');
  await addUser('boss@team.test', 'a long password', 'admin');
  admin = await signIn('boss@team.test', 'a long password');
  for (const [agent, n, bias] of AGENTS) {
    for (let i = 0; i < n; i++) {
      const at = T0 + Math.floor(rand() * 28 * DAY);
      const speed = clamp(3 + bias + (rand() * 2 - 1) * 1.5);
      const csat = clamp(speed + (rand() * 2 - 1));
      rows.push({
        id: crypto.randomUUID(), site: 'team', survey: 'support', ticket: `T-${rows.length}`, csat, ces: clamp(6 - speed + rand()), nps: Math.floor(rand() * 11),
        comment: null, aspects: { courtesy: clamp(4 + rand() - 0.5), competence: clamp(3 + (rand() * 2 - 1) * 2), speed }, lang: 'it', source: 'widget',
        verified: 0, agent, channel: 'chat', customer: null, page: null, createdAt: at, updatedAt: at,
      });
    }
  }
  // Answers without an agent count for the team only.
  for (let i = 0; i < 20; i++) rows.push({ ...rows[i]!, id: crypto.randomUUID(), ticket: `N-${i}`, agent: null });
  for (let i = 0; i < rows.length; i += 50) await upsertResponses(env.DB, rows.slice(i, i + 50));
}, 60_000);

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const margin = (xs: number[]) => {
  const m = mean(xs);
  return (1.96 * Math.sqrt(xs.reduce((a, x) => a + (x - m) ** 2, 0) / xs.length)) / Math.sqrt(xs.length);
};
const ratings = (rs: ResponseRow[], key: string) => rs.map((r) => r.aspects![key]!);

async function get<T>(path: string): Promise<T> {
  const res = await call(admin, path);
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as T;
}

describe('GET /api/v1/sites/:site/aspects', () => {
  it('gives each aspect’s mean and margin, per week too, as the raw rows do', async () => {
    const body = await get<AspectsView>(`/api/v1/sites/team/aspects?${RANGE}&interval=week`);
    expect(body.aspects.map((a) => a.key)).toEqual(['courtesy', 'competence', 'speed']);
    for (const a of body.aspects) {
      expect(a.n).toBe(rows.length);
      expect(a.mean).toBeCloseTo(mean(ratings(rows, a.key)), 10);
      expect(a.margin95).toBeCloseTo(margin(ratings(rows, a.key)), 10);
      expect(a.small).toBe(false);
    }
    expect(body.points.map((p) => p.start)).toEqual(['2026-08-31', '2026-09-07', '2026-09-14', '2026-09-21', '2026-09-28']);
    const week = rows.filter((r) => r.createdAt >= Date.parse('2026-09-07') && r.createdAt < Date.parse('2026-09-14'));
    expect(body.points[1]!.aspects[2]).toMatchObject({ key: 'speed', n: week.length });
    expect(body.points[1]!.aspects[2]!.mean).toBeCloseTo(mean(ratings(week, 'speed')), 10);
  });

  it('names the aspect that separates satisfied from unsatisfied customers most', async () => {
    const body = await get<AspectsView>(`/api/v1/sites/team/aspects?${RANGE}`);
    const sat = rows.filter((r) => r.csat! >= 4);
    const unsat = rows.filter((r) => r.csat! <= 2);
    const diffs = ['courtesy', 'competence', 'speed'].map((k) => mean(ratings(sat, k)) - mean(ratings(unsat, k)));
    expect(body.separating).toMatchObject({ aspect: 'speed', satisfiedN: sat.length, unsatisfiedN: unsat.length, clear: true });
    expect(body.separating!.difference).toBeCloseTo(Math.max(...diffs), 10);
    expect(body.separating!.margin95).toBeCloseTo(Math.hypot(margin(ratings(sat, 'speed')), margin(ratings(unsat, 'speed'))), 10);
  });

  it('has nothing to say without answers', async () => {
    const body = await get<AspectsView>('/api/v1/sites/team/aspects?from=2025-01-01&to=2025-01-03');
    expect(body).toMatchObject({ aspects: [], separating: null });
    expect(body.points).toHaveLength(3);
  });
});

describe('GET /api/v1/sites/:site/agents', () => {
  it('compares each agent with the rest of the team and flags only differences beyond the margin', async () => {
    const body = await get<AgentsView>(`/api/v1/sites/team/agents?${RANGE}`);
    expect(body.team.responses).toBe(rows.length);
    expect(body.agents.map((a) => a.agent)).toEqual(['giulia', 'luca', 'mario', 'anna']);
    for (const a of body.agents) {
      const mine = rows.filter((r) => r.agent === a.agent);
      const rest = rows.filter((r) => r.agent !== a.agent);
      expect(a.responses).toBe(mine.length);
      const pct = (rs: ResponseRow[]) => (100 * rs.filter((r) => r.csat! >= 4).length) / rs.length;
      expect(a.csat!.percent).toBeCloseTo(pct(mine), 10);
      for (const key of ['courtesy', 'competence', 'speed']) {
        const c = a.vsTeam.aspects[key]!;
        if (mine.length < 30) {
          expect(c.kind, `${a.agent} ${key}`).toBe('too-few');
          continue;
        }
        const delta = mean(ratings(mine, key)) - mean(ratings(rest, key));
        const m = Math.hypot(margin(ratings(mine, key)), margin(ratings(rest, key)));
        expect(c, `${a.agent} ${key}`).toMatchObject({ kind: Math.abs(delta) > m ? 'change' : 'within' });
        if (c.kind === 'change' || c.kind === 'within') {
          expect(c.delta).toBeCloseTo(delta, 10);
          expect(c.margin).toBeCloseTo(m, 10);
        }
      }
    }
    const by = Object.fromEntries(body.agents.map((a) => [a.agent, a.vsTeam]));
    expect(by.giulia!.aspects.speed).toMatchObject({ kind: 'change', better: true });
    expect(by.luca!.aspects.speed).toMatchObject({ kind: 'change', better: false });
    expect(by.luca!.ces).toMatchObject({ kind: 'change', better: false });
    expect(by.mario!.aspects.courtesy!.kind).toBe('within');
  });

  it('shows one agent with the agent filter, still against the whole rest of the team', async () => {
    const all = await get<AgentsView>(`/api/v1/sites/team/agents?${RANGE}`);
    const one = await get<AgentsView>(`/api/v1/sites/team/agents?${RANGE}&agent=luca`);
    expect(one.agents).toEqual(all.agents.filter((a) => a.agent === 'luca'));
    expect(one.team).toEqual(all.team);
  });

  it('is refused for another site’s key and for anyone signed out', async () => {
    const key = await createApiKey('elsewhere');
    for (const path of [`/api/v1/sites/team/agents?${RANGE}`, `/api/v1/sites/team/aspects?${RANGE}`]) {
      expect((await call(null, path, { headers: { Authorization: `Bearer ${key}` } })).status).toBe(403);
      expect((await call(null, path)).status).toBe(401);
    }
  });
});

describe('agentNames setting', () => {
  const patch = (json: unknown) => call(admin, '/api/v1/sites/team/settings', { method: 'PATCH', json });

  it('saves trimmed names, removes one with "", and returns them in the settings and the site list', async () => {
    expect((await patch({ agentNames: { giulia: '  Giulia Bianchi ', luca: 'Luca Verdi', __proto__x: 'x' } })).status).toBe(200);
    expect((await patch({ agentNames: { __proto__x: ' ' } })).status).toBe(200);
    const settings = await get<SiteSettingsView>('/api/v1/sites/team/settings');
    expect(settings.agentNames).toEqual({ giulia: 'Giulia Bianchi', luca: 'Luca Verdi' });
    const list = await get<SiteList>('/api/v1/sites');
    expect(list.sites.find((s) => s.id === 'team')!.agentNames).toEqual({ giulia: 'Giulia Bianchi', luca: 'Luca Verdi' });
    expect(list.sites.find((s) => s.id === 'elsewhere')!.agentNames).toEqual({});
  });

  it.each([
    ['a name of 81 characters', { giulia: 'x'.repeat(81) }],
    ['a name with a control character', { giulia: 'Giulia\u0007' }],
    ['a name that is not text', { giulia: 5 }],
    ['an agent id of 129 characters', { ['a'.repeat(129)]: 'Name' }],
    ['501 names', Object.fromEntries(Array.from({ length: 501 }, (_, i) => [`agent-${i}`, `Agent ${i}`]))],
  ])('refuses %s with a 400 naming agentNames', async (_, agentNames) => {
    const res = await patch({ agentNames });
    expect(res.status).toBe(400);
    const issues = ((await res.json()) as { error: { issues: { path: string }[] } }).error.issues;
    expect(issues.some((i) => i.path.startsWith('agentNames')), JSON.stringify(issues)).toBe(true);
  });
});
