import { describe, expect, it } from 'vitest';
import { demoResponses, demoResponsesSql, type DemoResponse } from '../../../scripts/lib/demo-data.mjs';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 5, 1, 12, 0, 0);
const OPTIONS = { now: NOW, count: 3000, days: 90, seed: 42 };
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const COLUMNS = [
  'id', 'site_id', 'survey_id', 'ticket', 'csat', 'ces', 'nps', 'comment', 'aspects', 'lang',
  'source', 'verified', 'agent', 'channel', 'customer', 'page', 'created_at', 'updated_at', 'revision',
] as const;

const rows = demoResponses(OPTIONS);
const { sql, count } = demoResponsesSql(OPTIONS);

/** Reads the VALUES tuples of one INSERT back into values: strings, integers or null. */
function parseTuples(statement: string): (string | number | null)[][] {
  const start = statement.indexOf(' VALUES');
  expect(start).toBeGreaterThan(0);
  const tuples: (string | number | null)[][] = [];
  let i = start + ' VALUES'.length;
  const skipSpace = () => {
    while (/\s/.test(statement[i] ?? '')) i++;
  };
  for (;;) {
    skipSpace();
    expect(statement[i]).toBe('(');
    i++;
    const tuple: (string | number | null)[] = [];
    for (;;) {
      if (statement[i] === "'") {
        let value = '';
        for (i++; ; i++) {
          if (i >= statement.length) throw new Error('unterminated string');
          if (statement[i] === "'") {
            if (statement[i + 1] !== "'") break;
            i++;
          }
          value += statement[i];
        }
        i++;
        tuple.push(value);
      } else {
        const token = /^(NULL|-?\d+)/.exec(statement.slice(i))?.[0];
        if (token === undefined) throw new Error(`unexpected input at ${i}: ${statement.slice(i, i + 20)}`);
        tuple.push(token === 'NULL' ? null : Number(token));
        i += token.length;
      }
      if (statement[i] === ',') i++;
      else break;
    }
    expect(statement[i]).toBe(')');
    i++;
    tuples.push(tuple);
    skipSpace();
    if (statement[i] === ',') i++;
    else break;
  }
  expect(statement.slice(i)).toBe(';');
  return tuples;
}

const answered = <K extends 'csat' | 'ces' | 'nps'>(key: K) =>
  rows.map((r) => r[key]).filter((s): s is number => s !== null);

describe('demoResponses', () => {
  it('is deterministic for the same options', () => {
    expect(demoResponsesSql(OPTIONS)).toEqual({ sql, count });
    expect(demoResponses(OPTIONS)).toEqual(rows);
    expect(demoResponsesSql({ ...OPTIONS, seed: 43 }).sql).not.toEqual(sql);
  });

  it('makes count rows with unique v4 ids and unique tickets', () => {
    expect(rows).toHaveLength(3000);
    expect(count).toBe(3000);
    expect(new Set(rows.map((r) => r.id)).size).toBe(3000);
    expect(new Set(rows.map((r) => r.ticket)).size).toBe(3000);
    for (const r of rows) {
      expect(r.id).toMatch(UUID_V4);
      expect(r.ticket).toMatch(/^T-\d+$/);
    }
    expect(demoResponses({ ...OPTIONS, count: 7 })).toHaveLength(7);
    expect(demoResponsesSql({ ...OPTIONS, count: 0 })).toEqual({ sql: [], count: 0 });
  });

  it('keeps scores in range with at least one per row', () => {
    for (const r of rows) {
      if (r.csat !== null) expect(r.csat >= 1 && r.csat <= 5 && Number.isInteger(r.csat)).toBe(true);
      if (r.ces !== null) expect(r.ces >= 1 && r.ces <= 5 && Number.isInteger(r.ces)).toBe(true);
      if (r.nps !== null) expect(r.nps >= 0 && r.nps <= 10 && Number.isInteger(r.nps)).toBe(true);
      expect(r.csat !== null || r.ces !== null || r.nps !== null).toBe(true);
      if (r.aspects !== null) {
        expect(r.ces).not.toBeNull();
        for (const score of Object.values(JSON.parse(r.aspects) as Record<string, number>)) {
          expect(score >= 1 && score <= 5).toBe(true);
        }
      }
    }
  });

  it('fills the other columns plausibly', () => {
    for (const r of rows) {
      expect(r.site_id).toBe('demo');
      expect(r.survey_id).toBe('support');
      expect(['it', 'en']).toContain(r.lang);
      expect(['email', 'chat', 'phone', 'whatsapp']).toContain(r.channel);
      expect(r.customer).toMatch(/^c-\d{4}$/);
      expect(r.page).toBe(r.source === 'widget' ? 'http://127.0.0.1:8787/demo' : null);
      expect(r.updated_at).toBeGreaterThanOrEqual(r.created_at);
      expect(r.updated_at).toBeLessThanOrEqual(NOW);
    }
    expect(new Set(rows.map((r) => r.agent)).size).toBe(6);
    const share = (f: (r: DemoResponse) => boolean) => (100 * rows.filter(f).length) / rows.length;
    expect(share((r) => r.lang === 'it')).toBeGreaterThan(58);
    expect(share((r) => r.lang === 'it')).toBeLessThan(72);
    expect(share((r) => r.source === 'widget')).toBeGreaterThan(70);
    expect(share((r) => r.source === 'widget')).toBeLessThan(80);
    expect(share((r) => r.comment !== null)).toBeGreaterThan(30);
    expect(share((r) => r.comment !== null)).toBeLessThan(40);
    // Repeat customers exist.
    expect(new Set(rows.map((r) => r.customer)).size).toBeLessThan(1500);
  });

  it('spreads created_at over the last `days` days, mostly on weekdays in working hours', () => {
    for (const r of rows) {
      expect(r.created_at).toBeGreaterThanOrEqual(NOW - 90 * DAY);
      expect(r.created_at).toBeLessThanOrEqual(NOW);
    }
    const weekday = rows.filter((r) => ![0, 6].includes(new Date(r.created_at).getUTCDay())).length;
    const working = rows.filter((r) => {
      const h = new Date(r.created_at).getUTCHours();
      return h >= 8 && h < 19;
    }).length;
    expect(weekday / rows.length).toBeGreaterThan(0.8);
    expect(working / rows.length).toBeGreaterThan(0.75);
    const short = demoResponses({ ...OPTIONS, days: 7, count: 200 });
    for (const r of short) expect(r.created_at).toBeGreaterThanOrEqual(NOW - 7 * DAY);
  });

  it('has realistic aggregate metrics, an upward trend and one clearly weaker agent', () => {
    const nps = (scores: number[]) =>
      (100 * (scores.filter((s) => s >= 9).length - scores.filter((s) => s <= 6).length)) / scores.length;
    const npsScores = answered('nps');
    const csatScores = answered('csat');
    const cesScores = answered('ces');
    const csatPercent = (100 * csatScores.filter((s) => s >= 4).length) / csatScores.length;
    const cesMean = cesScores.reduce((a, b) => a + b, 0) / cesScores.length;
    expect(nps(npsScores)).toBeGreaterThanOrEqual(20);
    expect(nps(npsScores)).toBeLessThanOrEqual(35);
    expect(csatPercent).toBeGreaterThanOrEqual(75);
    expect(csatPercent).toBeLessThanOrEqual(85);
    expect(cesMean).toBeGreaterThanOrEqual(2.3);
    expect(cesMean).toBeLessThanOrEqual(2.6);
    // Skips: roughly 8% csat, 10% ces, 5% nps.
    expect(csatScores.length / rows.length).toBeCloseTo(0.92, 1);
    expect(cesScores.length / rows.length).toBeCloseTo(0.9, 1);
    expect(npsScores.length / rows.length).toBeCloseTo(0.95, 1);

    // Rows are oldest first: the last third is happier than the first.
    const third = Math.floor(rows.length / 3);
    const npsOf = (rs: DemoResponse[]) => nps(rs.map((r) => r.nps).filter((s): s is number => s !== null));
    expect(npsOf(rows.slice(-third))).toBeGreaterThan(npsOf(rows.slice(0, third)));

    const byAgent = new Map<string, DemoResponse[]>();
    for (const r of rows) byAgent.set(r.agent, [...(byAgent.get(r.agent) ?? []), r]);
    const agentNps = [...byAgent.values()].map(npsOf).sort((a, b) => a - b);
    expect(agentNps[1]! - agentNps[0]!).toBeGreaterThan(20);
  });

  it('writes comments in the row language that match the sentiment', () => {
    const commented = rows.filter((r) => r.comment !== null);
    expect(new Set(commented.filter((r) => r.lang === 'it').map((r) => r.comment)).size).toBeGreaterThanOrEqual(25);
    expect(new Set(commented.filter((r) => r.lang === 'en').map((r) => r.comment)).size).toBeGreaterThanOrEqual(25);
    const happy = commented.filter((r) => r.nps !== null && r.nps >= 9);
    const unhappy = commented.filter((r) => r.nps !== null && r.nps <= 4);
    expect(happy.some((r) => /trasferit|transferred|ripetere|repeat|non è stato risolto/i.test(r.comment!))).toBe(false);
    expect(unhappy.some((r) => /perfett|perfect|Velocissimi|Super quick/i.test(r.comment!))).toBe(false);
    expect(commented.some((r) => /^[^']*[àèéìòù]/.test(r.comment!) && r.lang === 'it')).toBe(true);
  });
});

describe('demoResponsesSql', () => {
  it('escapes apostrophes', () => {
    const quoted = rows.filter((r) => r.comment?.includes("'"));
    expect(quoted.length).toBeGreaterThan(0);
    const all = sql.join('\n');
    for (const r of quoted.slice(0, 20)) expect(all).toContain(`'${r.comment!.replaceAll("'", "''")}'`);
    expect(all).toContain("Un po'' lento, ma gentilissimi.");
  });

  it('makes complete statements of at most 100 rows and 100,000 bytes', () => {
    expect(sql).toHaveLength(30);
    for (const statement of sql) {
      expect(statement.startsWith(`INSERT INTO responses (${COLUMNS.join(', ')}) VALUES`)).toBe(true);
      expect(statement.endsWith(';')).toBe(true);
      expect(new TextEncoder().encode(statement).length).toBeLessThan(100_000);
      expect(parseTuples(statement).length).toBeLessThanOrEqual(100);
    }
  });

  it('holds exactly the rows of demoResponses, value for value', () => {
    const parsed = sql.flatMap(parseTuples);
    expect(parsed).toEqual(rows.map((r) => COLUMNS.map((c) => r[c])));
  });
});
