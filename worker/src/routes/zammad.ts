// POST /api/v1/tickets/zammad: a Zammad trigger's webhook with its default payload, stored as a ticket
// fact (README "Helpdesk recipes"). The site API key as Zammad's Bearer token or Basic password.
import { Hono } from 'hono';
import { zammadFact, zammadStatus, ZAMMAD_STATES, ZammadWebhook } from '../../../shared/schemas';
import { upsertFacts } from '../db/tickets';
import type { AppEnv } from '../env';
import { apiKeySite } from '../middleware/auth';
import { limitBody } from '../middleware/body';
import { ApiError } from '../middleware/errors';
import { limitLinkApi } from '../middleware/rate-limit';
import { parseJsonText, validate } from '../validate';

export const zammad = new Hono<AppEnv>();

/** The default payload inlines the triggering article's HTML body and its users: room for a long email. */
const MAX_BODY = 1024 * 1024;

zammad.post('/', limitBody(MAX_BODY), async (c) => {
  // Zammad 5.4–6.x offers only HTTP Basic (and an HMAC signature, which needs the key itself: Voce keeps only its hash).
  const site = await apiKeySite(c, { basic: true });
  await limitLinkApi(c, site);
  const payload = validate(ZammadWebhook, parseJsonText(await c.req.text()), 'Zammad webhook');
  const { number, state } = payload.ticket;
  const status = zammadStatus(state, { closed: c.req.query('closed'), open: c.req.query('open') });
  if (status === undefined) {
    const known = Object.keys(ZAMMAD_STATES).join(', ');
    const message = `Voce does not know the state "${state}" (it knows ${known}); name your own states on the webhook URL, e.g. ?closed=resolved&open=waiting`;
    throw new ApiError(400, 'invalid_request', 'The Zammad webhook is not valid', [{ path: 'ticket.state', message }]);
  }
  // A 2xx, so Zammad does not retry what Voce will never count.
  if (status === null) return c.json({ tickets: [{ ticket: number, outcome: 'ignored', reason: `The ticket is ${state}` }] });
  return c.json({ tickets: await upsertFacts(c.env.DB, site, [zammadFact(payload, status)], Date.now()) });
});
