// The people a site's follow-ups can be assigned to (admins and responders with the site), for the
// inbox's owner choice. Every signed-in person of the site may read it (a viewer sees who owns what);
// an API key may not: people's emails are not an integration's business.
import { Hono } from 'hono';
import { sitePeople } from '../../db/users';
import { ApiError } from '../../middleware/errors';
import type { SiteEnv } from './access';

export const people = new Hono<SiteEnv>();

people.get('/people', async (c) => {
  const p = c.get('principal');
  if (p.kind !== 'user') throw new ApiError(403, 'forbidden', 'Only people signed in to the dashboard can list people');
  return c.json({ people: await sitePeople(c.env.DB, c.get('site')), me: p.id });
});
