-- Per-day sums of the CES aspect ratings (issue #14: courtesy, competence, speed and a survey's own
-- aspects, 1–5 each), so the dashboard reads aspect means, their margins and the aspect that most
-- separates satisfied from unsatisfied customers from a few rows per day, never from the responses.
--
-- One row per rollup cell of daily_rollups (the same 29 cells of rollup_cells, the same dim/value
-- naming, the same site-local day as 0012) and per aspect: the answers n, the sum and the sum of
-- squares of the ratings (mean and its 95% margin: shared/metrics/aspects.ts), and the same three
-- for customers who were satisfied (CSAT 4–5) and unsatisfied (CSAT 1–2) in the same answer.
-- Ratings that are not whole numbers 1–5 are not counted (the collector refuses them anyway).
--
-- Kept by triggers on `responses` rather than by the statements around each write (daily_rollups,
-- worker/src/db/rollups.ts): the ratings are a JSON object, and a trigger sees each row's OLD and
-- NEW, so an upsert that merges aspects or changes the CSAT moves the row's sums (subtract OLD, add
-- NEW) and no response is counted twice. An erasure subtracts them; retention does not (its `purging`
-- row, as 0008/0012 do for links: per-day counts outlive the answers). A change of time zone moves
-- them with the rest (worker/src/db/timezone.ts, aspectsSql in worker/src/db/aspect-rollups.ts, which
-- also rebuilds them from the raw rows). Cost: 29 cells × the aspects rated (3 by default) rows
-- written per answer, on top of daily_rollups' 29; reads stay a few rows per day and aspect.
CREATE TABLE aspect_rollups (
  site_id   TEXT NOT NULL,
  day       TEXT NOT NULL,                          -- local YYYY-MM-DD of the site's zone
  survey_id TEXT NOT NULL,
  dim       TEXT NOT NULL,                          -- the cell, as in daily_rollups
  value     TEXT NOT NULL,                          -- the grouping dimension's value ('' for 'all' or none)
  aspect    TEXT NOT NULL,
  n INTEGER NOT NULL DEFAULT 0, total INTEGER NOT NULL DEFAULT 0, squares INTEGER NOT NULL DEFAULT 0,
  sat_n INTEGER NOT NULL DEFAULT 0, sat_total INTEGER NOT NULL DEFAULT 0, sat_squares INTEGER NOT NULL DEFAULT 0,
  unsat_n INTEGER NOT NULL DEFAULT 0, unsat_total INTEGER NOT NULL DEFAULT 0, unsat_squares INTEGER NOT NULL DEFAULT 0,
  -- The value before the day, unlike daily_rollups: a read for one agent (or channel…) seeks its
  -- rows instead of reading every agent's of each day, which with one row per aspect would be 3× as
  -- many; a read per agent seeks each agent the site has seen (site_values) the same way.
  PRIMARY KEY (site_id, dim, value, day, survey_id, aspect)
) WITHOUT ROWID;

-- Answers stored before this migration: counted once, here.
INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, aspect, n, total, squares, sat_n, sat_total, sat_squares, unsat_n, unsat_total, unsat_squares)
  SELECT r.site_id, strftime('%Y-%m-%d', (r.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = r.site_id AND o.from_ms <= r.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), r.survey_id,
    x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '') WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '') WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END), ''),
    CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '') WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END,
    a.key, count(*), sum(a.value), sum(a.value * a.value),
    sum(coalesce(r.csat >= 4, 0)), sum(coalesce(r.csat >= 4, 0) * a.value), sum(coalesce(r.csat >= 4, 0) * a.value * a.value),
    sum(coalesce(r.csat <= 2, 0)), sum(coalesce(r.csat <= 2, 0) * a.value), sum(coalesce(r.csat <= 2, 0) * a.value * a.value)
    FROM responses r, json_each(r.aspects) a, rollup_cells x
    WHERE r.aspects IS NOT NULL AND a.type = 'integer' AND a.value BETWEEN 1 AND 5
    GROUP BY 1, 2, 3, 4, 5, 6;

CREATE TRIGGER responses_aspects_insert AFTER INSERT ON responses WHEN NEW.aspects IS NOT NULL BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, aspect, n, total, squares, sat_n, sat_total, sat_squares, unsat_n, unsat_total, unsat_squares)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END,
      a.key, 1, a.value, a.value * a.value,
      coalesce(NEW.csat >= 4, 0), coalesce(NEW.csat >= 4, 0) * a.value, coalesce(NEW.csat >= 4, 0) * a.value * a.value,
      coalesce(NEW.csat <= 2, 0), coalesce(NEW.csat <= 2, 0) * a.value, coalesce(NEW.csat <= 2, 0) * a.value * a.value
      FROM json_each(NEW.aspects) a, rollup_cells x WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5
    ON CONFLICT (site_id, dim, value, day, survey_id, aspect) DO UPDATE SET
      n = n + excluded.n, total = total + excluded.total, squares = squares + excluded.squares, sat_n = sat_n + excluded.sat_n, sat_total = sat_total + excluded.sat_total, sat_squares = sat_squares + excluded.sat_squares, unsat_n = unsat_n + excluded.unsat_n, unsat_total = unsat_total + excluded.unsat_total, unsat_squares = unsat_squares + excluded.unsat_squares;
END;

CREATE TRIGGER responses_aspects_update AFTER UPDATE ON responses
  WHEN (OLD.aspects IS NOT NULL OR NEW.aspects IS NOT NULL) AND (OLD.aspects IS NOT NEW.aspects OR OLD.csat IS NOT NEW.csat OR OLD.agent IS NOT NEW.agent OR OLD.channel IS NOT NEW.channel OR OLD.lang IS NOT NEW.lang OR OLD.source IS NOT NEW.source OR OLD.verified IS NOT NEW.verified OR OLD.survey_id IS NOT NEW.survey_id OR OLD.site_id IS NOT NEW.site_id OR OLD.created_at IS NOT NEW.created_at) BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, aspect, n, total, squares, sat_n, sat_total, sat_squares, unsat_n, unsat_total, unsat_squares)
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), OLD.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END,
      a.key, -1, -a.value, -a.value * a.value,
      -coalesce(OLD.csat >= 4, 0), -coalesce(OLD.csat >= 4, 0) * a.value, -coalesce(OLD.csat >= 4, 0) * a.value * a.value,
      -coalesce(OLD.csat <= 2, 0), -coalesce(OLD.csat <= 2, 0) * a.value, -coalesce(OLD.csat <= 2, 0) * a.value * a.value
      FROM json_each(OLD.aspects) a, rollup_cells x WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5
    ON CONFLICT (site_id, dim, value, day, survey_id, aspect) DO UPDATE SET
      n = n + excluded.n, total = total + excluded.total, squares = squares + excluded.squares, sat_n = sat_n + excluded.sat_n, sat_total = sat_total + excluded.sat_total, sat_squares = sat_squares + excluded.sat_squares, unsat_n = unsat_n + excluded.unsat_n, unsat_total = unsat_total + excluded.unsat_total, unsat_squares = unsat_squares + excluded.unsat_squares;
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, aspect, n, total, squares, sat_n, sat_total, sat_squares, unsat_n, unsat_total, unsat_squares)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END,
      a.key, 1, a.value, a.value * a.value,
      coalesce(NEW.csat >= 4, 0), coalesce(NEW.csat >= 4, 0) * a.value, coalesce(NEW.csat >= 4, 0) * a.value * a.value,
      coalesce(NEW.csat <= 2, 0), coalesce(NEW.csat <= 2, 0) * a.value, coalesce(NEW.csat <= 2, 0) * a.value * a.value
      FROM json_each(NEW.aspects) a, rollup_cells x WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5
    ON CONFLICT (site_id, dim, value, day, survey_id, aspect) DO UPDATE SET
      n = n + excluded.n, total = total + excluded.total, squares = squares + excluded.squares, sat_n = sat_n + excluded.sat_n, sat_total = sat_total + excluded.sat_total, sat_squares = sat_squares + excluded.sat_squares, unsat_n = unsat_n + excluded.unsat_n, unsat_total = unsat_total + excluded.unsat_total, unsat_squares = unsat_squares + excluded.unsat_squares;
END;

CREATE TRIGGER responses_aspects_delete AFTER DELETE ON responses
  WHEN OLD.aspects IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, aspect, n, total, squares, sat_n, sat_total, sat_squares, unsat_n, unsat_total, unsat_squares)
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), OLD.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END,
      a.key, -1, -a.value, -a.value * a.value,
      -coalesce(OLD.csat >= 4, 0), -coalesce(OLD.csat >= 4, 0) * a.value, -coalesce(OLD.csat >= 4, 0) * a.value * a.value,
      -coalesce(OLD.csat <= 2, 0), -coalesce(OLD.csat <= 2, 0) * a.value, -coalesce(OLD.csat <= 2, 0) * a.value * a.value
      FROM json_each(OLD.aspects) a, rollup_cells x WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5
    ON CONFLICT (site_id, dim, value, day, survey_id, aspect) DO UPDATE SET
      n = n + excluded.n, total = total + excluded.total, squares = squares + excluded.squares, sat_n = sat_n + excluded.sat_n, sat_total = sat_total + excluded.sat_total, sat_squares = sat_squares + excluded.sat_squares, unsat_n = unsat_n + excluded.unsat_n, unsat_total = unsat_total + excluded.unsat_total, unsat_squares = unsat_squares + excluded.unsat_squares;
END;
