-- Alerts, second part (issue #12): endpoint filters and names, response.updated once per change of
-- the answers, followup.updated and digest.weekly events, a log of every try, and retention that
-- erases old answers while their per-day counts remain.

-- An endpoint may want only one survey, agent or channel (null: any), and has a name people chose.
ALTER TABLE webhook_endpoints ADD COLUMN description TEXT;
ALTER TABLE webhook_endpoints ADD COLUMN survey_id TEXT;
ALTER TABLE webhook_endpoints ADD COLUMN agent TEXT;
ALTER TABLE webhook_endpoints ADD COLUMN channel TEXT;

-- +1 each time a later post really changes an answer (a score, the comment or an aspect rating); a
-- retried post that changes nothing leaves it, so it causes no response.updated event.
ALTER TABLE responses ADD COLUMN answers_rev INTEGER NOT NULL DEFAULT 0;

-- What an event is about besides a response: the answers' revision (response.updated), the follow-up's
-- change (followup.updated), the week (digest.weekly, e.g. "2026-11-16").
ALTER TABLE webhook_outbox ADD COLUMN subject TEXT;
CREATE UNIQUE INDEX webhook_outbox_once_per_revision ON webhook_outbox (endpoint_id, response_id, subject)
  WHERE event = 'response.updated';
CREATE UNIQUE INDEX webhook_outbox_once_per_week ON webhook_outbox (endpoint_id, subject) WHERE event = 'digest.weekly';
CREATE INDEX webhook_outbox_by_response ON webhook_outbox (response_id) WHERE response_id IS NOT NULL;
CREATE INDEX webhook_outbox_by_site_time ON webhook_outbox (site_id, created_at);
-- Settings shows each endpoint's pending and failed events: counted without reading the delivered ones.
CREATE INDEX webhook_outbox_undelivered ON webhook_outbox (endpoint_id, status) WHERE status <> 'delivered';

-- Every try of every event: when, the receiver's status (null: no answer) or the error, how long it
-- took. Never the receiver's body.
CREATE TABLE webhook_attempts (
  id          INTEGER PRIMARY KEY,
  message_id  TEXT NOT NULL REFERENCES webhook_outbox (id) ON DELETE CASCADE,
  endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  at          INTEGER NOT NULL,
  status      INTEGER,
  error       TEXT,
  duration_ms INTEGER NOT NULL
);
CREATE INDEX webhook_attempts_by_endpoint ON webhook_attempts (endpoint_id, at);
CREATE INDEX webhook_attempts_by_message ON webhook_attempts (message_id);

-- When each scheduled job last finished its work (retention: once a day).
CREATE TABLE jobs (
  name    TEXT PRIMARY KEY,
  done_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Retention keeps the per-day counts: while a site's old links are purged (a row here, in the same
-- batch), deleting a link does not subtract it from the links issued and answered.
CREATE TABLE purging (
  site_id TEXT PRIMARY KEY
) WITHOUT ROWID;
DROP TRIGGER links_rollup_delete;
CREATE TRIGGER links_rollup_delete AFTER DELETE ON links
  WHEN NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_answered)
    SELECT OLD.site_id, strftime('%Y-%m-%d', OLD.created_at / 1000, 'unixepoch'), OLD.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END, -1, -(OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_answered = links_answered + excluded.links_answered;
END;
