-- The dashboard (issue #5): people who sign in, their sessions, and the follow-up inbox's state.

CREATE TABLE users (
  id            TEXT PRIMARY KEY,
  email         TEXT NOT NULL UNIQUE COLLATE NOCASE,
  password_hash TEXT NOT NULL,                      -- pbkdf2-sha256$iterations$salt$hash (shared/password.ts)
  role          TEXT NOT NULL CHECK (role IN ('admin', 'viewer')),
  created_at    INTEGER NOT NULL
);

-- The cookie holds a random value; only its SHA-256 is stored.
CREATE TABLE sessions (
  id_hash      TEXT PRIMARY KEY,
  user_id      TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
  csrf         TEXT NOT NULL,
  created_at   INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Closing the loop on unhappy answers: a row once someone touched the item; no row means "new".
CREATE TABLE followups (
  response_id TEXT PRIMARY KEY REFERENCES responses (id) ON DELETE CASCADE,
  site_id     TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  status      TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'contacted', 'resolved')),
  owner       TEXT,
  note        TEXT,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX followups_by_site_status ON followups (site_id, status);
