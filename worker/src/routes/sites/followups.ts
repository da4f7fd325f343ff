// The follow-up inbox: every detractor, CSAT ≤ 2 and CES ≥ 4 response, with a status, an owner (one
// of the site's people) and a note; filtered, counted per status and reason (db/inbox.ts).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { FollowUpPatch, FollowUpsQuery } from '../../../../shared/schemas';
import { getFollowUp, saveFollowUp } from '../../db/browse';
import { followUpCounts, followUpPage, questionsOf, type InboxFilter } from '../../db/inbox';
import { decodeListCursor } from '../../db/lists';
import type { Range } from '../../db/metrics';
import { sitePeople } from '../../db/users';
import { limitBody } from '../../middleware/body';
import { ApiError } from '../../middleware/errors';
import { mustWorkFollowUps } from '../../middleware/session';
import { parseJsonText, validate } from '../../validate';
import { sendAfterCommit } from '../../webhooks/deliver';
import type { FollowUpChange } from '../../webhooks/formats';
import { FOLLOWUP_EVENT_SQL } from '../../webhooks/outbox';
import type { SiteEnv } from './access';
import { filtersOf, resolveRange } from './range';

export const followups = new Hono<SiteEnv>();

/** Without from and to, every day: an inbox holds what is still to do, however old. */
const EVER: Range = { from: 0, to: 8.64e15 };

function inboxQuery(c: Context<SiteEnv>): { q: FollowUpsQuery; range: Range; filter: InboxFilter } {
  const q = validate(FollowUpsQuery, c.req.query(), 'query');
  const range = q.from || q.to ? resolveRange(q, c.get('zone')).current : EVER;
  const filter: InboxFilter = { ...filtersOf(q), reason: q.reason, withComment: q.withComment === '1' };
  if (q.mine === '1') {
    const p = c.get('principal');
    if (p.kind !== 'user') throw new ApiError(400, 'invalid_request', '"mine" needs a signed-in person, not an API key', [{ path: 'mine', message: 'Only for a signed-in person' }]);
    filter.owner = p.id;
  }
  return { q, range, filter };
}

followups.get('/followups', async (c) => {
  const { q, range, filter } = inboxQuery(c);
  const cursor = q.cursor ? decodeListCursor(q.cursor) : null;
  if (q.cursor && !cursor) throw new ApiError(400, 'invalid_request', 'Bad cursor', [{ path: 'cursor', message: 'Not a cursor of this list' }]);
  const db = c.env.DB;
  const question = await questionsOf(db, c.get('site'));
  return c.json(await followUpPage(db, c.get('site'), range, filter, q.status, cursor, 50, question));
});

followups.get('/followups/counts', async (c) => {
  const { q, range, filter } = inboxQuery(c);
  return c.json(await followUpCounts(c.env.DB, c.get('site'), range, filter, q.status));
});

followups.patch('/followups/:id', limitBody(), async (c) => {
  mustWorkFollowUps(c.get('principal'));
  const patch = validate(FollowUpPatch, parseJsonText(await c.req.text()), 'follow-up');
  const db = c.env.DB;
  const site = c.get('site');
  const id = c.req.param('id');
  // An owner is one of the people who may work this inbox, by user id: a renamed person stays the owner.
  const newOwner = patch.owner ? (await sitePeople(db, site)).find((p) => p.id === patch.owner) : undefined;
  if (patch.owner && !newOwner) {
    throw new ApiError(400, 'invalid_request', 'The owner must be one of the people who work this site’s follow-ups', [
      { path: 'owner', message: 'Not an admin or responder of this site' },
    ]);
  }
  const current = await getFollowUp(db, site, id);
  if (!current) throw new ApiError(404, 'not_found', 'No such response in the follow-up inbox');
  const next = {
    status: patch.status ?? current.status,
    owner: patch.owner !== undefined ? patch.owner : current.owner,
    note: patch.note !== undefined ? (patch.note ?? null) : current.note,
  };
  const changed = next.status !== current.status || next.owner !== current.owner || next.note !== current.note;
  // followup.updated, in the same batch as the change (webhooks/outbox.ts); people by email, as a channel reads them.
  const change: FollowUpChange = {
    status: next.status,
    owner: next.owner === current.owner ? current.ownerEmail : (newOwner?.email ?? null),
    note: next.note,
    previous: { status: current.status, owner: current.ownerEmail },
  };
  const p = c.get('principal');
  const by = p.kind === 'user' ? p.email : null;
  await saveFollowUp(db, site, id, next, changed ? [db.prepare(FOLLOWUP_EVENT_SQL).bind(site, id, by, JSON.stringify(change))] : []);
  if (changed) sendAfterCommit(c as never, site);
  return c.json(await getFollowUp(db, site, id, await questionsOf(db, site)));
});
