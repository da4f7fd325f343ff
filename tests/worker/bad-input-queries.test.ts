// Issue #10, SPEC.md "A request never gets a 500 for anything it sent", for odd URLs: the query of every
// read and the path of every route, each sent as anonymous, with a site API key and as a signed-in admin
// (setup/probes.ts checks the answers); odd bodies are in bad-input-bodies.test.ts. Also: comment search.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ResponsePage } from '../../shared/api';
import { bodyProbes, fieldProbes } from './setup/body-probes';
import type { Session } from './setup/dashboard';
import { call, COMMENTS, enc, LONG_COMMENT, problemsAsEveryone, RANGE, S, seed } from './setup/probes';
import { listProbes, pathProbes, queryProbes } from './setup/query-probes';

let admin: Session;

beforeAll(async () => {
  admin = await seed();
});

describe('bad input never 500s', () => {
  const probes = [...queryProbes, ...listProbes, ...pathProbes];
  // Counted over both files' tables (bad-input-bodies sends the rest): the 300 is for the whole worker.
  const all = probes.length + bodyProbes.length + fieldProbes.length;

  it(`drives every route with at least 300 odd requests (${all})`, () => {
    expect(all).toBeGreaterThanOrEqual(300);
  });

  it.each(probes)('answers %s below 500, in the error shape, storing nothing when refused', async (_name, probe) => {
    const problems = await problemsAsEveryone(probe);
    // The problems as the message too: vitest would otherwise fold failures of the same shape into one.
    expect(problems, problems.join('\n')).toEqual([]);
  });

  describe('searching comments (q)', () => {
    const search = async (q: string) => {
      const res = await call(admin, `${S}/responses?${RANGE}&q=${enc(q)}`);
      expect(res.status, q).toBe(200);
      return ((await res.json()) as ResponsePage).items.map((i) => i.comment);
    };

    it('finds a comment by a phrase of 49 characters or more', async () => {
      expect(await search(LONG_COMMENT.slice(10, 59))).toEqual([LONG_COMMENT]);
      expect(await search(LONG_COMMENT.slice(0, 200))).toEqual([LONG_COMMENT]);
    });

    it('matches %, _, \\ and quotes literally', async () => {
      expect(await search('100%')).toEqual([COMMENTS[1]]);
      expect(await search('%')).toEqual([COMMENTS[1]]);
      expect(await search('_davvero')).toEqual([COMMENTS[1]]);
      expect(await search('o_d')).toEqual([COMMENTS[1]]);
      expect(await search('\\ "quoted" \'single\'')).toEqual([COMMENTS[1]]);
      expect(await search('%_')).toEqual([]);
      expect(await search('P%o')).toEqual([]);
    });

    it('takes FTS5 syntax as plain text (the search index is never given an operator)', async () => {
      for (const q of ['""', 'NEAR(a b)', 'a OR b', 'NOT perfetto', 'perf*', '^Perf', 'comment:Perfetto', '(((', '\u0000x', '"'.repeat(200), 'x'.repeat(200)]) {
        expect(await search(q), q).toEqual([]);
      }
      expect(await search('"quoted"')).toEqual([COMMENTS[1]]);
      expect(await search('"')).toEqual([COMMENTS[1]]);
    });

    it('ignores ASCII case and finds emoji and accents', async () => {
      expect(await search('PERFETTO, GRAZIE')).toEqual([COMMENTS[0]]);
      expect(await search('\u{1F680}\u{1F389}')).toEqual([COMMENTS[2]]);
      expect(await search('très BIEN')).toEqual([COMMENTS[3]]);
      expect(await search('tornerò')).toEqual([LONG_COMMENT]);
    });
  });
});
