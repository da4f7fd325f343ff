// The follow-up inbox: every detractor, CSAT ≤ 2 and CES ≥ 4 response, with a status, owner and note.
import { Hono } from 'hono';
import * as v from 'valibot';
import { FollowUpPatch } from '../../../../shared/schemas';
import { getFollowUp, saveFollowUp } from '../../db/browse';
import { decodeListCursor, followUpPage } from '../../db/lists';
import { limitBody } from '../../middleware/body';
import { ApiError } from '../../middleware/errors';
import { mustWorkFollowUps } from '../../middleware/session';
import { parseJsonText, validate } from '../../validate';
import type { SiteEnv } from './access';

export const followups = new Hono<SiteEnv>();

const Query = v.object({
  status: v.optional(v.picklist(['new', 'contacted', 'resolved'])),
  cursor: v.optional(v.pipe(v.string(), v.maxLength(200))),
});

followups.get('/followups', async (c) => {
  const q = validate(Query, c.req.query(), 'query');
  const cursor = q.cursor ? decodeListCursor(q.cursor) : null;
  if (q.cursor && !cursor) throw new ApiError(400, 'invalid_request', 'Bad cursor', [{ path: 'cursor', message: 'Not a cursor of this list' }]);
  return c.json(await followUpPage(c.env.DB, c.get('site'), q.status, cursor, 50));
});

followups.patch('/followups/:id', limitBody(), async (c) => {
  mustWorkFollowUps(c.get('principal'));
  const patch = validate(FollowUpPatch, parseJsonText(await c.req.text()), 'follow-up');
  const id = c.req.param('id');
  const current = await getFollowUp(c.env.DB, c.get('site'), id);
  if (!current) throw new ApiError(404, 'not_found', 'No such response in the follow-up inbox');
  await saveFollowUp(c.env.DB, c.get('site'), id, {
    status: patch.status ?? current.status,
    owner: patch.owner !== undefined ? patch.owner : current.owner,
    note: patch.note !== undefined ? (patch.note ?? null) : current.note,
  });
  return c.json(await getFollowUp(c.env.DB, c.get('site'), id));
});
