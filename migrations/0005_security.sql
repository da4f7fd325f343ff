-- Safe to deploy (issue #10): people with roles and per-site grants, the first-run setup code,
-- sign-in throttling, verified tickets, email answers kept apart by how they were reached, and
-- tombstones that stop template tokens minted before a ticket was erased.
PRAGMA defer_foreign_keys = true;

-- Roles: admin, responder (works the follow-up inbox), viewer. all_sites = 0 limits a person to the
-- sites in user_sites. A disabled person cannot sign in. Sessions are dropped: every session starts
-- again under the new rules (sessions references users, which is rebuilt to widen its CHECK).
DELETE FROM sessions;
CREATE TABLE users_new (
  id            TEXT PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('admin', 'responder', 'viewer')),
  all_sites     INTEGER NOT NULL DEFAULT 1 CHECK (all_sites IN (0, 1)),
  disabled_at   INTEGER,
  created_at    INTEGER NOT NULL
);
INSERT INTO users_new (id, email, password_hash, role, all_sites, created_at)
  SELECT id, email, password_hash, role, 1, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

CREATE TABLE user_sites (
  user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  PRIMARY KEY (user_id, site_id)
) WITHOUT ROWID;

-- One-time codes for creating the first admin; only a SHA-256 of the code is kept.
CREATE TABLE setup_codes (
  code_hash  TEXT PRIMARY KEY,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Failed sign-ins per account (a SHA-256 of the lowercased email, known or not).
CREATE TABLE login_failures (
  key_hash     TEXT PRIMARY KEY,
  failures     INTEGER NOT NULL,
  last_at      INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

-- Verified tickets: the site's server signs "<site>\n<ticket>" with this secret (HMAC-SHA256, hex).
ALTER TABLE sites ADD COLUMN widget_secret TEXT;
UPDATE sites SET widget_secret = lower(hex(randomblob(32)));

-- verified = 1: a widget answer with a valid ticket token, or an answer through a signed email link.
ALTER TABLE responses ADD COLUMN verified INTEGER NOT NULL DEFAULT 0 CHECK (verified IN (0, 1));
UPDATE responses SET verified = 1
  WHERE source = 'email'
    AND EXISTS (SELECT 1 FROM links l WHERE l.site_id = responses.site_id AND l.survey_id = responses.survey_id AND l.ticket = responses.ticket);
-- A ticket's email answer: one through signed links, one through template links, kept apart so a
-- template visitor can neither read nor overwrite the customer's signed-link answer.
CREATE UNIQUE INDEX responses_email_slot ON responses (site_id, survey_id, ticket, verified) WHERE source = 'email';

-- Erased tickets, for as long as a template token can live; only an HMAC of the ticket is kept.
CREATE TABLE erasures (
  site_id     TEXT NOT NULL,
  ticket_hash TEXT NOT NULL,
  erased_at   INTEGER NOT NULL,
  PRIMARY KEY (site_id, ticket_hash)
) WITHOUT ROWID;

-- Per-day rollups gain the dimension 'verified' (value '0' or '1').
CREATE TABLE daily_rollups_new (
  site_id   TEXT NOT NULL,
  day       TEXT NOT NULL,
  survey_id TEXT NOT NULL,
  dim       TEXT NOT NULL CHECK (dim IN ('all', 'agent', 'channel', 'source', 'lang', 'verified')),
  value     TEXT NOT NULL,
  responses INTEGER NOT NULL DEFAULT 0,
  nps_0 INTEGER NOT NULL DEFAULT 0, nps_1 INTEGER NOT NULL DEFAULT 0, nps_2 INTEGER NOT NULL DEFAULT 0,
  nps_3 INTEGER NOT NULL DEFAULT 0, nps_4 INTEGER NOT NULL DEFAULT 0, nps_5 INTEGER NOT NULL DEFAULT 0,
  nps_6 INTEGER NOT NULL DEFAULT 0, nps_7 INTEGER NOT NULL DEFAULT 0, nps_8 INTEGER NOT NULL DEFAULT 0,
  nps_9 INTEGER NOT NULL DEFAULT 0, nps_10 INTEGER NOT NULL DEFAULT 0,
  csat_1 INTEGER NOT NULL DEFAULT 0, csat_2 INTEGER NOT NULL DEFAULT 0, csat_3 INTEGER NOT NULL DEFAULT 0,
  csat_4 INTEGER NOT NULL DEFAULT 0, csat_5 INTEGER NOT NULL DEFAULT 0,
  ces_1 INTEGER NOT NULL DEFAULT 0, ces_2 INTEGER NOT NULL DEFAULT 0, ces_3 INTEGER NOT NULL DEFAULT 0,
  ces_4 INTEGER NOT NULL DEFAULT 0, ces_5 INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, dim, day, survey_id, value)
) WITHOUT ROWID;
INSERT INTO daily_rollups_new SELECT * FROM daily_rollups;
INSERT INTO daily_rollups_new
  SELECT r.site_id, strftime('%Y-%m-%d', r.created_at / 1000, 'unixepoch'), r.survey_id, 'verified', CAST(r.verified AS TEXT), count(*),
         sum(r.nps IS 0), sum(r.nps IS 1), sum(r.nps IS 2), sum(r.nps IS 3), sum(r.nps IS 4), sum(r.nps IS 5),
         sum(r.nps IS 6), sum(r.nps IS 7), sum(r.nps IS 8), sum(r.nps IS 9), sum(r.nps IS 10),
         sum(r.csat IS 1), sum(r.csat IS 2), sum(r.csat IS 3), sum(r.csat IS 4), sum(r.csat IS 5),
         sum(r.ces IS 1), sum(r.ces IS 2), sum(r.ces IS 3), sum(r.ces IS 4), sum(r.ces IS 5)
    FROM responses r GROUP BY 1, 2, 3, 5;
DROP TABLE daily_rollups;
ALTER TABLE daily_rollups_new RENAME TO daily_rollups;
