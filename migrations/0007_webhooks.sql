-- Webhooks (issue #12, SPEC "Alerts and webhooks"): endpoints per site, and a transactional outbox:
-- an event row is written in the same D1 batch as the response write that causes it, then sent
-- after the commit and again by the cron until it is delivered, failed or its endpoint disabled.
CREATE TABLE webhook_endpoints (
  id          TEXT PRIMARY KEY,                     -- ep_…
  site_id     TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  url         TEXT NOT NULL,
  events      TEXT NOT NULL,                        -- JSON array of event names
  format      TEXT NOT NULL CHECK (format IN ('standard', 'slack', 'teams')),
  secret      TEXT NOT NULL,                        -- whsec_<base64 of 32 random bytes>
  created_at  INTEGER NOT NULL,
  disabled_at INTEGER,                              -- set when the receiver answered 410
  disabled_reason TEXT
);
CREATE INDEX webhook_endpoints_by_site ON webhook_endpoints (site_id);

CREATE TABLE webhook_outbox (
  id          TEXT PRIMARY KEY,                     -- msg_…: the webhook-id of every try
  endpoint_id TEXT NOT NULL REFERENCES webhook_endpoints (id) ON DELETE CASCADE,
  site_id     TEXT NOT NULL,
  response_id TEXT,
  event       TEXT NOT NULL,
  payload     TEXT NOT NULL,                        -- the JSON body, fixed when the event happened
  created_at  INTEGER NOT NULL,
  status      TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts    INTEGER NOT NULL DEFAULT 0,
  next_at     INTEGER NOT NULL,                     -- when it is due (also a short lease while being sent)
  last_at     INTEGER,
  last_status INTEGER,                              -- the receiver's HTTP status; null: no answer
  last_error  TEXT
);
CREATE INDEX webhook_outbox_due ON webhook_outbox (next_at) WHERE status = 'pending';
CREATE INDEX webhook_outbox_by_endpoint ON webhook_outbox (endpoint_id, created_at);
-- response.created and response.negative happen once per response and endpoint.
CREATE UNIQUE INDEX webhook_outbox_once ON webhook_outbox (endpoint_id, event, response_id)
  WHERE event IN ('response.created', 'response.negative');
