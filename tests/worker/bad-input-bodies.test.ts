// Issue #10, SPEC.md "A request never gets a 500 for anything it sent", for odd bodies: every write route
// sent what is not a JSON object and odd fields, as anonymous, with a site API key and as a signed-in admin
// (setup/probes.ts checks the answers); odd URLs are in bad-input-queries.test.ts. Also: labels in NFC.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Breakdown, ResponsePage } from '../../shared/api';
import { bodyProbes, fieldProbes } from './setup/body-probes';
import type { Session } from './setup/dashboard';
import { ORIGIN, responseBody } from './setup/fixtures';
import { call, enc, problemsAsEveryone, seed } from './setup/probes';

let admin: Session;

beforeAll(async () => {
  admin = await seed();
});

describe('bad input never 500s', () => {
  const probes = [...bodyProbes, ...fieldProbes];

  it.each(probes)('answers %s below 500, in the error shape, storing nothing when refused', async (_name, probe) => {
    const problems = await problemsAsEveryone(probe);
    // The problems as the message too: vitest would otherwise fold failures of the same shape into one.
    expect(problems, problems.join('\n')).toEqual([]);
  });

  describe('labels', () => {
    it('stores "é" typed two ways as one agent', async () => {
      for (const agent of ['Andr\u00e9', 'Andre\u0301']) {
        const res = await call(null, '/api/v1/responses', {
          method: 'POST',
          headers: { Origin: ORIGIN },
          json: responseBody({ id: crypto.randomUUID(), site: 'beta', meta: { agent } }),
        });
        expect(res.status).toBe(201);
      }
      const res = await call(admin, '/api/v1/sites/beta/breakdown?by=agent');
      const b = (await res.json()) as Breakdown;
      expect(b.rows.map((r) => [r.key, r.responses])).toEqual([['Andr\u00e9', 2]]);
      const filtered = await call(admin, `/api/v1/sites/beta/responses?agent=${enc('Andre\u0301')}`);
      expect(((await filtered.json()) as ResponsePage).items).toHaveLength(2);
    });
  });
});
