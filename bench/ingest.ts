// Bench section 2: ingest with a D1 write against a no-work POST of the same worker, in the same run,
// 100 connections for 10 s each; then stored rows against 2xx answers (nothing lost or doubled).
import { d1Query } from '../scripts/lib/wrangler';
import { load, type LoadResult } from './load';
import { benchServer } from './server';

export interface IngestResult {
  baseline: LoadResult;
  ingest: LoadResult;
  stored: number;
  /** D1 batches the stored responses went in, from their X-D1-Batch headers (n answers saw n). */
  batches: number;
}

const body = () =>
  JSON.stringify({
    id: crypto.randomUUID(),
    site: 'bench',
    survey: 'support',
    ticket: `B-${Math.floor(Math.random() * 1e9)}`,
    answers: { nps: Math.floor(Math.random() * 11), csat: 1 + Math.floor(Math.random() * 5), ces: 1 + Math.floor(Math.random() * 5) },
  });

/**
 * Each connection a client of its own (CF-Connecting-IP), so the collector's per-client flood limit
 * (100 posts per 10 s) is on, as in production. 100 connections: each then sends about 5 a second,
 * under the limit; with 50 each sent about 10 a second, right at it.
 */
const CONNECTIONS = 100;

const perClient = (i: number) => ({ 'CF-Connecting-IP': `10.0.${i >> 8}.${i & 255}` });

export async function benchIngest(): Promise<IngestResult> {
  const server = await benchServer('bench');
  try {
    await server.start();
    await load(`${server.url}/api/v1/health`, body, 10, 1); // warm up
    const baseline = await load(`${server.url}/api/v1/health`, body, CONNECTIONS, 10, undefined, perClient);
    let batches = 0;
    const ingest = await load(
      `${server.url}/api/v1/responses`,
      body,
      CONNECTIONS,
      10,
      (res) => {
        if (res.ok) batches += 1 / Number(res.headers.get('x-d1-batch'));
      },
      perClient,
    );
    await server.stop();
    const stored = d1Query<{ n: number }>("SELECT count(*) AS n FROM responses WHERE site_id = 'bench'", server.target)[0]!.n;
    return { baseline, ingest, stored, batches: Math.round(batches) };
  } finally {
    await server.stop();
    server.dispose();
  }
}
