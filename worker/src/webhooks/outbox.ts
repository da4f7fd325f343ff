// The outbox statements that join the D1 batch of the write causing their events (issue #12): no
// answer or follow-up change is stored without its events, and none is written twice.
// - Response writes: for the responses matching `where` (alias r, the write's own parameters), one
//   event row per endpoint of their site that wants it and whose filter (survey, agent, channel) they
//   match. `response.created` and `response.negative` (NPS 0–6, CSAT ≤ 2 or CES ≥ 4, the follow-up
//   inbox's rule) happen once per response and endpoint; `response.updated` once per change of the
//   answers (responses.answers_rev, which a retried post leaves alone). Unique indexes see to it.
// - Follow-up changes: `followup.updated`, one per change.

const NEGATIVE = '(r.nps <= 6 OR r.csat <= 2 OR r.ces >= 4)';
const NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";
const NOW_ISO = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
const MATCHES = `e.site_id = r.site_id AND e.disabled_at IS NULL
  AND (e.survey_id IS NULL OR e.survey_id = r.survey_id) AND (e.agent IS NULL OR e.agent = r.agent) AND (e.channel IS NULL OR e.channel = r.channel)`;

/** The response as events carry it (the `data` of response.* events). */
export const RESPONSE_JSON = `json_object(
  'id', r.id, 'site', r.site_id, 'survey', r.survey_id, 'ticket', r.ticket, 'nps', r.nps, 'csat', r.csat, 'ces', r.ces,
  'comment', r.comment, 'aspects', json(r.aspects), 'lang', r.lang, 'source', r.source, 'verified', r.verified = 1, 'agent', r.agent,
  'channel', r.channel, 'createdAt', strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at / 1000.0, 'unixepoch'),
  'updatedAt', strftime('%Y-%m-%dT%H:%M:%fZ', r.updated_at / 1000.0, 'unixepoch'))`;

/**
 * Slack and Teams alerts wait a minute, then show the response as it is by then: one alert with the
 * score and the comment that often follows it, not two. Standard events go at once.
 */
export const CHAT_WAIT_MS = 60_000;
const DUE = `${NOW_MS} + CASE e.format WHEN 'standard' THEN 0 ELSE ${CHAT_WAIT_MS} END`;

export function eventsSql(where: string): string {
  return `INSERT INTO webhook_outbox (id, endpoint_id, site_id, response_id, event, subject, payload, created_at, next_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, r.site_id, r.id, ev.value,
           CASE ev.value WHEN 'response.updated' THEN r.answers_rev END,
           json_object('type', ev.value, 'timestamp', ${NOW_ISO}, 'data', ${RESPONSE_JSON}), ${NOW_MS}, ${DUE}
      FROM responses r
      JOIN webhook_endpoints e ON ${MATCHES}
      JOIN json_each(e.events) ev ON ev.value = 'response.created' OR (ev.value = 'response.negative' AND ${NEGATIVE})
        -- A change while a chat alert still waits is in that alert already.
        OR (ev.value = 'response.updated' AND r.answers_rev > 0 AND (e.format = 'standard' OR NOT EXISTS (
              SELECT 1 FROM webhook_outbox o WHERE o.response_id = r.id AND o.endpoint_id = e.id AND o.status = 'pending')))
     WHERE ${where}
    ON CONFLICT DO NOTHING
    RETURNING id`;
}

/**
 * A follow-up's change (bound: ?1 site, ?2 response id, ?3 who changed it (email or null), ?4 the
 * change as JSON {status, owner, note, previous: {…}}), for the endpoints that want followup.updated.
 * Runs after the follow-up row is saved in the same batch. Due at once in every format: a change of
 * status is news as it is, not the first half of an answer.
 */
export const FOLLOWUP_EVENT_SQL = `INSERT INTO webhook_outbox (id, endpoint_id, site_id, response_id, event, payload, created_at, next_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, r.site_id, r.id, 'followup.updated',
           json_object('type', 'followup.updated', 'timestamp', ${NOW_ISO}, 'data', json_object(
             'response', ${RESPONSE_JSON}, 'followup', json(?4), 'by', ?3)), ${NOW_MS}, ${NOW_MS}
      FROM responses r
      JOIN webhook_endpoints e ON ${MATCHES} AND EXISTS (SELECT 1 FROM json_each(e.events) WHERE value = 'followup.updated')
     WHERE r.site_id = ?1 AND r.id = ?2
    RETURNING id`;
