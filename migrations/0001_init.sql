-- Voce's first schema: sites and where they may embed from, surveys, API keys and responses.
-- Times are Unix epoch milliseconds (UTC). No IP address or cookie is ever stored.

CREATE TABLE sites (
  id             TEXT PRIMARY KEY,                 -- slug used in data-site, e.g. "demo"
  name           TEXT NOT NULL,
  default_survey TEXT NOT NULL DEFAULT 'support',
  settings       TEXT NOT NULL DEFAULT '{}',       -- JSON, see shared/schemas/site.ts
  created_at     INTEGER NOT NULL
);

-- Origins (scheme://host[:port]) allowed to embed the widget and post responses for a site.
CREATE TABLE site_origins (
  site_id TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  origin  TEXT NOT NULL,
  PRIMARY KEY (site_id, origin)
) WITHOUT ROWID;
-- A CORS preflight knows the origin but not the site.
CREATE INDEX site_origins_by_origin ON site_origins (origin);

-- A survey: which questions in which order, follow-ups and wording per language (JSON,
-- validated by shared/schemas/survey.ts).
CREATE TABLE surveys (
  site_id    TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  id         TEXT NOT NULL,
  definition TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (site_id, id)
) WITHOUT ROWID;

-- API keys are shown once; only a SHA-256 of the key is kept.
CREATE TABLE api_keys (
  id           TEXT PRIMARY KEY,
  site_id      TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  key_hash     TEXT NOT NULL UNIQUE,
  prefix       TEXT NOT NULL,                      -- first characters, to tell keys apart
  label        TEXT,
  created_at   INTEGER NOT NULL,
  last_used_at INTEGER,
  revoked_at   INTEGER
);
CREATE INDEX api_keys_by_site ON api_keys (site_id);

CREATE TABLE responses (
  id         TEXT PRIMARY KEY,                     -- UUID made by the client: the idempotency key
  site_id    TEXT NOT NULL REFERENCES sites (id) ON DELETE CASCADE,
  survey_id  TEXT NOT NULL,
  ticket     TEXT CHECK (ticket IS NULL OR length(ticket) BETWEEN 1 AND 128),
  csat       INTEGER CHECK (csat IS NULL OR csat BETWEEN 1 AND 5),
  ces        INTEGER CHECK (ces IS NULL OR ces BETWEEN 1 AND 5),
  nps        INTEGER CHECK (nps IS NULL OR nps BETWEEN 0 AND 10),
  comment    TEXT,
  aspects    TEXT,                                 -- JSON object, aspect -> 1..5
  lang       TEXT,
  source     TEXT NOT NULL CHECK (source IN ('widget', 'email')),
  agent      TEXT,
  channel    TEXT,
  customer   TEXT,
  page       TEXT,                                 -- origin + path only, never the query
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  revision   INTEGER NOT NULL DEFAULT 0            -- 0 when first stored, +1 per merge
);
-- The dashboard reads a site over a time range; lookups and erasure go by ticket and customer.
CREATE INDEX responses_by_site_time ON responses (site_id, created_at);
CREATE INDEX responses_by_site_ticket ON responses (site_id, ticket) WHERE ticket IS NOT NULL;
CREATE INDEX responses_by_site_customer ON responses (site_id, customer) WHERE customer IS NOT NULL;
