// GET /api/v1/health — liveness for `npm start`, tests and load balancers; touches nothing.
import { Hono } from 'hono';
import type { AppEnv } from '../env';

export const health = new Hono<AppEnv>();

health.get('/', (c) => c.json({ ok: true }));
