// POST /api/v1/tickets (Bearer site API key): the helpdesk's facts about tickets — one object or an
// array of up to 100 — stored or updated idempotently (SPEC "Ticket facts and support KPIs").
import { Hono } from 'hono';
import { MAX_TICKET_FACTS, TicketFact, TicketFactList } from '../../../shared/schemas';
import { upsertFacts } from '../db/tickets';
import type { AppEnv } from '../env';
import { apiKeySite } from '../middleware/auth';
import { limitBody } from '../middleware/body';
import { limitLinkApi } from '../middleware/rate-limit';
import { parseJsonText, validate } from '../validate';
import { zammad } from './zammad';

export const tickets = new Hono<AppEnv>();

/** 100 tickets of about 600 bytes each, with room. */
const MAX_BODY = MAX_TICKET_FACTS * 1024;

tickets.post('/', limitBody(MAX_BODY), async (c) => {
  const site = await apiKeySite(c);
  await limitLinkApi(c, site);
  const body = parseJsonText(await c.req.text());
  const facts = Array.isArray(body) ? validate(TicketFactList, body, 'list of ticket facts') : [validate(TicketFact, body, 'ticket facts')];
  return c.json({ tickets: await upsertFacts(c.env.DB, site, facts, Date.now()) });
});

// Helpdesks whose webhooks send a body of their own (README "Helpdesk recipes").
tickets.route('/zammad', zammad);
