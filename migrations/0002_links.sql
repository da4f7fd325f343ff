-- Signed email links (issue #4): a per-site secret for HMAC-SHA256 tokens, and every link issued, so
-- the response rate (issued vs answered) can be read and erasure can revoke a ticket's links.

ALTER TABLE sites ADD COLUMN link_secret TEXT;
UPDATE sites SET link_secret = lower(hex(randomblob(32))) WHERE link_secret IS NULL;

CREATE TABLE links (
  id          TEXT PRIMARY KEY,                     -- random, carried in the token
  site_id     TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  survey_id   TEXT NOT NULL,
  ticket      TEXT NOT NULL,
  agent       TEXT,
  channel     TEXT,
  customer    TEXT,
  lang        TEXT,
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL,
  answered_at INTEGER                               -- first time a person answered through it
);
CREATE INDEX links_by_site_time ON links (site_id, created_at);
CREATE INDEX links_by_site_ticket ON links (site_id, ticket);
