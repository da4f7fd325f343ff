// /dashboard/* — the dashboard's built files (Workers static assets; wrangler.toml runs the worker
// first for them) with the headers that keep a signed-in dashboard out of other sites' frames.
import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { DASHBOARD_HEADERS } from '../middleware/security-headers';

export const dashboard = new Hono<AppEnv>();

dashboard.get('*', async (c) => {
  const asset = await c.env.ASSETS.fetch(c.req.raw);
  // A fetched response's headers are immutable: copy it to add ours (the body still streams).
  const res = new Response(asset.body, asset);
  for (const [name, value] of Object.entries(DASHBOARD_HEADERS)) res.headers.set(name, value);
  return res;
});
