// GET /api/v1/health — liveness for `npm start`, tests and load balancers; touches nothing.
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const health = new Hono<AppEnv>();

health.get('/', (c) => c.json({ ok: true }));

/** The benchmark's baseline: a POST through the same worker that reads, validates and stores nothing. */
health.post('/', (c) => c.body(null, 204));
