// A request's waitUntil: work that must finish after the answer is sent (a shared D1 batch, webhook
// sends). Undefined for in-process calls without an execution context (some tests).
import type { Context } from 'hono';
import type { AppEnv } from './env';

export function keepAlive(c: Context<AppEnv>): ((p: Promise<unknown>) => void) | undefined {
  try {
    const ctx = c.executionCtx;
    return (p) => ctx.waitUntil(p);
  } catch {
    return undefined;
  }
}
