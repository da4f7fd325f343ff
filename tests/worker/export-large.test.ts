// The CSV export streams: 100,000 responses come out whole, page by page.
import { createExecutionContext, env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import app from '../../worker/src/index';
import { createApiKey, createSite } from './setup/fixtures';

const N = 100_000;
let key: string;

beforeAll(async () => {
  await createSite('big');
  key = await createApiKey('big');
  const t0 = Date.parse('2026-06-01T00:00:00Z');
  // One statement: SQLite makes the rows itself (a recursive counter), minutes apart over ~70 days.
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < ${N - 1})
     INSERT INTO responses (id, site_id, survey_id, ticket, nps, csat, ces, comment, source, agent, channel, created_at, updated_at)
     SELECT printf('%08x-0000-4000-8000-%012x', i, i), 'big', 'support', 'T-' || i, i % 11, 1 + i % 5, 1 + (i / 5) % 5,
            CASE WHEN i % 1000 = 0 THEN '=SUM(A1:A9) ' || i END, 'widget', 'agent-' || (i % 7), 'chat', ${t0} + i * 60000, ${t0} + i * 60000
       FROM n`,
  ).run();
}, 120_000);

describe('GET /api/v1/sites/:site/export.csv', () => {
  it(`streams all ${N.toLocaleString('en')} rows, each once, with no formula cell`, async () => {
    const res = await app.fetch(
      new Request('http://voce.test/api/v1/sites/big/export.csv?from=2026-06-01&to=2026-09-30', { headers: { Authorization: `Bearer ${key}` } }),
      env,
      createExecutionContext(),
    );
    expect(res.status).toBe(200);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let tail = '';
    let lines = 0;
    let chunks = 0;
    const ids = new Set<string>();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks++;
      const parts = (tail + value).split('\r\n');
      tail = parts.pop()!;
      for (const line of parts) {
        lines++;
        if (lines > 1) ids.add(line.slice(1, 37));
        expect(line.includes('"=')).toBe(false);
      }
    }
    expect(tail).toBe('');
    expect(lines).toBe(N + 1);
    expect(ids.size).toBe(N);
    expect(chunks).toBeGreaterThan(50); // streamed, not built in one piece
  }, 120_000);
});
