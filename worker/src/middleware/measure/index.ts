// Internal measurement headers (X-D1-*: rows D1 read or wrote, responses per batch) for `npm run bench`
// and the tests: sent only when the worker runs with VOCE_MEASURE=1, never to the public.
import type { Context } from 'hono';
import type { AppEnv } from '../../env';

export function measure<E extends AppEnv>(c: Context<E>, name: `X-D1-${string}`, value: number): void {
  if (c.env.VOCE_MEASURE === '1') c.header(name, String(value));
}
