// The outbox statement that joins a response write's D1 batch (issue #12): for the responses matching
// `where` (alias r, the write's own parameters), one event row per endpoint of their site that wants
// it. `response.created` and `response.negative` (NPS 0–6, CSAT ≤ 2 or CES ≥ 4, the follow-up inbox's
// rule) happen once per response and endpoint (unique index webhook_outbox_once): a retried or merged
// post adds none. Written in the same transaction as the answer, so no answer is stored without its event.

const NEGATIVE = '(r.nps <= 6 OR r.csat <= 2 OR r.ces >= 4)';
const NOW_MS = "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)";

const PAYLOAD = `json_object('type', ev.value, 'timestamp', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'data', json_object(
  'id', r.id, 'site', r.site_id, 'survey', r.survey_id, 'ticket', r.ticket, 'nps', r.nps, 'csat', r.csat, 'ces', r.ces,
  'comment', r.comment, 'lang', r.lang, 'source', r.source, 'verified', r.verified = 1, 'agent', r.agent, 'channel', r.channel,
  'createdAt', strftime('%Y-%m-%dT%H:%M:%fZ', r.created_at / 1000.0, 'unixepoch')))`;

/**
 * Slack and Teams alerts wait a minute, then show the response as it is by then: one alert with the
 * score and the comment that often follows it, not two. Standard events go at once.
 */
export const CHAT_WAIT_MS = 60_000;

export function eventsSql(where: string): string {
  return `INSERT INTO webhook_outbox (id, endpoint_id, site_id, response_id, event, payload, created_at, next_at)
    SELECT 'msg_' || lower(hex(randomblob(16))), e.id, r.site_id, r.id, ev.value, ${PAYLOAD}, ${NOW_MS}, ${NOW_MS} + CASE e.format WHEN 'standard' THEN 0 ELSE ${CHAT_WAIT_MS} END
      FROM responses r
      JOIN webhook_endpoints e ON e.site_id = r.site_id AND e.disabled_at IS NULL
      JOIN json_each(e.events) ev ON ev.value = 'response.created' OR (ev.value = 'response.negative' AND ${NEGATIVE})
     WHERE ${where}
    ON CONFLICT DO NOTHING
    RETURNING id`;
}
