// The cron (wrangler.toml [triggers], every minute; `npm start` calls it under wrangler dev): the
// weekly digests that are due, the day's retention work, time-zone recounts, then the webhook events still unsent or due
// again. Each part is cheap when it has nothing to do.
import type { AppEnv } from './env';
import { dailyRetention } from './db/retention';
import { runRecounts } from './db/zone-recount';
import { deliverDue } from './webhooks/deliver';
import { queueDigests } from './webhooks/digest';

export async function everyMinute(env: AppEnv['Bindings'], now = Date.now()): Promise<void> {
  const origin = env.PUBLIC_ORIGIN ?? env.VOCE_DEV ?? null;
  // Each part on its own: a failing one must not stop the others (the next minute tries it again).
  const run = (name: string, job: () => Promise<unknown>) => job().catch((err: unknown) => console.error(`cron: ${name} failed`, err));
  await run('digests', () => queueDigests(env.DB, now, origin));
  await run('retention', () => dailyRetention(env.DB, now));
  // Per-day counts moving to a new time zone: chunks for at most 15 s a minute.
  await run('zone recounts', () => runRecounts(env.DB, 15_000));
  // Rounds of 100 until nothing is due (what a flood's senders left behind), for at most 20 s.
  await run('webhooks', async () => {
    for (const started = Date.now(); Date.now() - started < 20_000; ) {
      const tries = await deliverDue(env.DB, { limit: 100, origin, local: Boolean(env.VOCE_DEV), now: now + (Date.now() - started) });
      if (tries.length < 100) break;
    }
  });
}
