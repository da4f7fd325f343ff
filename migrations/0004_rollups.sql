-- Per-day answer counts (issue #6), kept in the same D1 batch as every write to `responses`, so the
-- dashboard reads a few rows per day instead of every response. One row per site, day, survey and
-- dimension value: dim 'all' (value ''), or one of agent / channel / source / lang ('' for none).

CREATE TABLE daily_rollups (
  site_id   TEXT NOT NULL,
  day       TEXT NOT NULL,                          -- YYYY-MM-DD (UTC) of created_at
  survey_id TEXT NOT NULL,
  dim       TEXT NOT NULL CHECK (dim IN ('all', 'agent', 'channel', 'source', 'lang')),
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
