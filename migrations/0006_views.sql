-- Issue #11: every dashboard view reads a number of rows that grows with the days shown, never with the
-- responses stored.
--
-- 1. Rollup cells. A row of daily_rollups is a cell: the counts of one day and survey for one value of a
--    grouping dimension (grp: 'all', agent, channel, source, lang, verified) among the responses that
--    match up to two filters (f1, f2). Its `dim` names the cell: the grouping, then each filter as
--    U+001F, name, '=', value (labels never hold control characters), e.g. 'agent' || char(31) ||
--    'channel=chat'. The 29 cells of rollup_cells answer a summary or trend with up to three filters
--    when one of them is agent or channel (two otherwise) and a breakdown by agent or channel with up to
--    two filters, from a few rows per day. Each response adds to 29 cells instead of 6: more rows
--    written, which D1 prices 1,000 times higher than rows read, for reads that stay flat (README,
--    "How Voce stays fast"). Link counts (issued, answered) live in the same cells, kept by triggers.
CREATE TABLE rollup_cells (
  grp TEXT NOT NULL,
  f1  TEXT,
  f2  TEXT
);
INSERT INTO rollup_cells (grp, f1, f2) VALUES
  ('all', NULL, NULL),
  ('agent', NULL, NULL),
  ('agent', 'channel', NULL),
  ('agent', 'source', NULL),
  ('agent', 'lang', NULL),
  ('agent', 'verified', NULL),
  ('agent', 'channel', 'source'),
  ('agent', 'channel', 'lang'),
  ('agent', 'channel', 'verified'),
  ('agent', 'source', 'lang'),
  ('agent', 'source', 'verified'),
  ('agent', 'lang', 'verified'),
  ('channel', NULL, NULL),
  ('channel', 'agent', NULL),
  ('channel', 'source', NULL),
  ('channel', 'lang', NULL),
  ('channel', 'verified', NULL),
  ('channel', 'agent', 'source'),
  ('channel', 'agent', 'lang'),
  ('channel', 'agent', 'verified'),
  ('channel', 'source', 'lang'),
  ('channel', 'source', 'verified'),
  ('channel', 'lang', 'verified'),
  ('source', NULL, NULL),
  ('source', 'lang', NULL),
  ('source', 'verified', NULL),
  ('lang', NULL, NULL),
  ('lang', 'verified', NULL),
  ('verified', NULL, NULL);

CREATE TABLE daily_rollups_new (
  site_id   TEXT NOT NULL,
  day       TEXT NOT NULL,                          -- YYYY-MM-DD (UTC)
  survey_id TEXT NOT NULL,
  dim       TEXT NOT NULL,                          -- the cell (see above)
  value     TEXT NOT NULL,                          -- the value of the grouping dimension ('' for 'all' or none)
  responses INTEGER NOT NULL DEFAULT 0,
  nps_0 INTEGER NOT NULL DEFAULT 0,
  nps_1 INTEGER NOT NULL DEFAULT 0,
  nps_2 INTEGER NOT NULL DEFAULT 0,
  nps_3 INTEGER NOT NULL DEFAULT 0,
  nps_4 INTEGER NOT NULL DEFAULT 0,
  nps_5 INTEGER NOT NULL DEFAULT 0,
  nps_6 INTEGER NOT NULL DEFAULT 0,
  nps_7 INTEGER NOT NULL DEFAULT 0,
  nps_8 INTEGER NOT NULL DEFAULT 0,
  nps_9 INTEGER NOT NULL DEFAULT 0,
  nps_10 INTEGER NOT NULL DEFAULT 0,
  csat_1 INTEGER NOT NULL DEFAULT 0,
  csat_2 INTEGER NOT NULL DEFAULT 0,
  csat_3 INTEGER NOT NULL DEFAULT 0,
  csat_4 INTEGER NOT NULL DEFAULT 0,
  csat_5 INTEGER NOT NULL DEFAULT 0,
  ces_1 INTEGER NOT NULL DEFAULT 0,
  ces_2 INTEGER NOT NULL DEFAULT 0,
  ces_3 INTEGER NOT NULL DEFAULT 0,
  ces_4 INTEGER NOT NULL DEFAULT 0,
  ces_5 INTEGER NOT NULL DEFAULT 0,
  links_issued INTEGER NOT NULL DEFAULT 0,
  links_answered INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (site_id, dim, day, survey_id, value)
) WITHOUT ROWID;
INSERT INTO daily_rollups_new (site_id, day, survey_id, dim, value, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5)
  SELECT r.site_id, strftime('%Y-%m-%d', r.created_at / 1000, 'unixepoch'), r.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '') WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '') WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '') WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END,
         count(*), sum(r.nps IS 0), sum(r.nps IS 1), sum(r.nps IS 2), sum(r.nps IS 3), sum(r.nps IS 4), sum(r.nps IS 5), sum(r.nps IS 6), sum(r.nps IS 7), sum(r.nps IS 8), sum(r.nps IS 9), sum(r.nps IS 10), sum(r.csat IS 1), sum(r.csat IS 2), sum(r.csat IS 3), sum(r.csat IS 4), sum(r.csat IS 5), sum(r.ces IS 1), sum(r.ces IS 2), sum(r.ces IS 3), sum(r.ces IS 4), sum(r.ces IS 5)
    FROM responses r, rollup_cells x GROUP BY 1, 2, 3, 4, 5;
INSERT INTO daily_rollups_new (site_id, day, survey_id, dim, value, links_issued, links_answered)
  SELECT l.site_id, strftime('%Y-%m-%d', l.created_at / 1000, 'unixepoch'), l.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(l.agent, '') WHEN 'channel' THEN coalesce(l.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(l.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(l.agent, '') WHEN 'channel' THEN coalesce(l.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(l.lang, '') WHEN 'verified' THEN '1' END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(l.agent, '') WHEN 'channel' THEN coalesce(l.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(l.lang, '') WHEN 'verified' THEN '1' END,
         count(*), count(l.answered_at)
    FROM links l, rollup_cells x WHERE true GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
    links_issued = excluded.links_issued, links_answered = excluded.links_answered;
DROP TABLE daily_rollups;
ALTER TABLE daily_rollups_new RENAME TO daily_rollups;

-- Links count where their signed answers count: source 'email', verified '1'.
CREATE TRIGGER links_rollup_insert AFTER INSERT ON links BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', NEW.created_at / 1000, 'unixepoch'), NEW.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END, 1, NEW.answered_at IS NOT NULL
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_answered = links_answered + excluded.links_answered;
END;

CREATE TRIGGER links_rollup_answer AFTER UPDATE OF answered_at ON links WHEN NEW.answered_at IS NOT OLD.answered_at BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', NEW.created_at / 1000, 'unixepoch'), NEW.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END, 0, (NEW.answered_at IS NOT NULL) - (OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_answered = links_answered + excluded.links_answered;
END;

CREATE TRIGGER links_rollup_delete AFTER DELETE ON links BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_answered)
    SELECT OLD.site_id, strftime('%Y-%m-%d', OLD.created_at / 1000, 'unixepoch'), OLD.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END, -1, -(OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_answered = links_answered + excluded.links_answered;
END;

-- 2. What the filters can choose from (GET /api/v1/sites): the agents, channels and languages a site has
--    seen, one row each, kept by triggers instead of a SELECT DISTINCT over every response.
CREATE TABLE site_values (
  site_id TEXT NOT NULL,
  dim     TEXT NOT NULL CHECK (dim IN ('agent', 'channel', 'lang')),
  value   TEXT NOT NULL,
  PRIMARY KEY (site_id, dim, value)
) WITHOUT ROWID;
INSERT OR IGNORE INTO site_values (site_id, dim, value)
  SELECT DISTINCT site_id, 'agent', agent FROM responses WHERE agent IS NOT NULL;
INSERT OR IGNORE INTO site_values (site_id, dim, value)
  SELECT DISTINCT site_id, 'channel', channel FROM responses WHERE channel IS NOT NULL;
INSERT OR IGNORE INTO site_values (site_id, dim, value)
  SELECT DISTINCT site_id, 'lang', lang FROM responses WHERE lang IS NOT NULL;
CREATE TRIGGER responses_values_insert AFTER INSERT ON responses BEGIN
  INSERT INTO site_values (site_id, dim, value)
    SELECT NEW.site_id, 'agent', NEW.agent WHERE NEW.agent IS NOT NULL
    UNION ALL SELECT NEW.site_id, 'channel', NEW.channel WHERE NEW.channel IS NOT NULL
    UNION ALL SELECT NEW.site_id, 'lang', NEW.lang WHERE NEW.lang IS NOT NULL
    ON CONFLICT DO NOTHING; -- not OR IGNORE: the outer statement's conflict policy would override it
END;
CREATE TRIGGER responses_values_update AFTER UPDATE OF agent, channel, lang ON responses BEGIN
  INSERT INTO site_values (site_id, dim, value)
    SELECT NEW.site_id, 'agent', NEW.agent WHERE NEW.agent IS NOT NULL
    UNION ALL SELECT NEW.site_id, 'channel', NEW.channel WHERE NEW.channel IS NOT NULL
    UNION ALL SELECT NEW.site_id, 'lang', NEW.lang WHERE NEW.lang IS NOT NULL
    ON CONFLICT DO NOTHING; -- not OR IGNORE: the outer statement's conflict policy would override it
END;

-- 3. Comment search: a full-text index of the comments (FTS5 with the trigram tokenizer, so a search
--    finds any text of three characters or more inside a comment, in any case, as the substring search
--    did; not remove_diacritics, which SQLite before 3.45 (Debian's sqlite3 CLI) cannot open).
--    External content: the text stays in `responses`, the index
--    holds trigrams and rowids; kept by triggers, rebuildable at any time (npm run admin -- rollups rebuild).
CREATE VIRTUAL TABLE comments_fts USING fts5(comment, content = 'responses', content_rowid = 'rowid', tokenize = 'trigram');
INSERT INTO comments_fts (comments_fts) VALUES ('rebuild');
CREATE TRIGGER responses_fts_insert AFTER INSERT ON responses WHEN NEW.comment IS NOT NULL BEGIN
  INSERT INTO comments_fts (rowid, comment) VALUES (NEW.rowid, NEW.comment);
END;
CREATE TRIGGER responses_fts_delete AFTER DELETE ON responses WHEN OLD.comment IS NOT NULL BEGIN
  INSERT INTO comments_fts (comments_fts, rowid, comment) VALUES ('delete', OLD.rowid, OLD.comment);
END;
CREATE TRIGGER responses_fts_update AFTER UPDATE OF comment ON responses WHEN NEW.comment IS NOT OLD.comment BEGIN
  INSERT INTO comments_fts (comments_fts, rowid, comment) SELECT 'delete', OLD.rowid, OLD.comment WHERE OLD.comment IS NOT NULL;
  INSERT INTO comments_fts (rowid, comment) SELECT NEW.rowid, NEW.comment WHERE NEW.comment IS NOT NULL;
END;

-- 4. Lists newest first that read only the rows they can show: the comments and the follow-up inbox.
--    With the id, so they also give the order (time, then id) without reading the rows.
CREATE INDEX responses_commented ON responses (site_id, created_at, id) WHERE comment IS NOT NULL;
CREATE INDEX responses_unhappy ON responses (site_id, created_at, id) WHERE nps <= 6 OR csat <= 2 OR ces >= 4;
