// Internal measurement headers (X-D1-*: rows D1 read or wrote, responses per batch) for `npm run bench`
// and the tests: sent only when the worker runs with VOCE_MEASURE=1, never to the public.
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../env';

export function measure<E extends AppEnv>(c: Context<E>, name: `X-D1-${string}`, value: number): void {
  if (c.env.VOCE_MEASURE === '1') c.header(name, String(value));
}

// What the wrapped statements stand for, so a batch hands D1 its own statements.
const ORIGINAL = new WeakMap<object, D1PreparedStatement>();

function counted(s: D1PreparedStatement, tally: (meta: D1Meta) => void): D1PreparedStatement {
  const wrapped = new Proxy(s, {
    get(target, prop) {
      if (prop === 'bind') return (...values: unknown[]) => counted(target.bind(...values), tally);
      if (prop === 'all' || prop === 'run') {
        return async () => {
          const r = await target.all();
          tally(r.meta);
          return r;
        };
      }
      // first() and raw() return no meta: answer them from all(), which reads the same rows.
      if (prop === 'first') {
        return async (column?: string) => {
          const r = await target.all<Record<string, unknown>>();
          tally(r.meta);
          const row = r.results[0] ?? null;
          return column === undefined ? row : (row?.[column] ?? null);
        };
      }
      if (prop === 'raw') throw new Error('measured D1: raw() is not measured; use all()');
      const v = Reflect.get(target, prop) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  ORIGINAL.set(wrapped, s);
  return wrapped;
}

/** A D1 binding that adds every query's rows read to `tally`. */
export function measuredDb(db: D1Database, tally: (meta: D1Meta) => void): D1Database {
  return new Proxy(db, {
    get(target, prop) {
      if (prop === 'prepare') return (sql: string) => counted(target.prepare(sql), tally);
      if (prop === 'batch') {
        return async (statements: D1PreparedStatement[]) => {
          const results = await target.batch(statements.map((s) => ORIGINAL.get(s) ?? s));
          for (const r of results) tally(r.meta);
          return results;
        };
      }
      const v = Reflect.get(target, prop) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
}

/**
 * With VOCE_MEASURE=1, every response says how many rows D1 read for it, over all its queries
 * (X-D1-Rows-Read): what a dashboard view costs is the sum over the calls it makes.
 */
export function measureReads(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.env.VOCE_MEASURE !== '1') return next();
    let rowsRead = 0;
    c.env = { ...c.env, DB: measuredDb(c.env.DB, (meta) => (rowsRead += meta.rows_read ?? 0)) };
    await next();
    try {
      c.res.headers.set('X-D1-Rows-Read', String(rowsRead));
    } catch {
      c.res = new Response(c.res.body, c.res); // immutable headers
      c.res.headers.set('X-D1-Rows-Read', String(rowsRead));
    }
  };
}
