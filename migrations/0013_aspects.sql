-- Per-day sums of the CES aspect ratings (issue #14: courtesy, competence, speed and a survey's own
-- aspects, 1–5 each), so the dashboard reads aspect means, their margins and the aspect that most
-- separates satisfied from unsatisfied customers from a few rows per day, never from the responses.
--
-- One row per rollup cell of daily_rollups (the same 29 cells of rollup_cells, the same dim/value
-- naming, the same site-local day as 0012) holding, per aspect rated, nine sums as a JSON array:
--   [n, Σx, Σx², n, Σx, Σx² of satisfied customers (CSAT 4–5), n, Σx, Σx² of unsatisfied ones (CSAT 1–2)]
-- e.g. {"courtesy":[3,13,57,2,9,41,1,4,16],"speed":[…]} (mean and 95% margin: shared/metrics/aspects.ts).
-- One row per cell for all aspects, not one per aspect: an answer writes 29 rows here, not 29 per
-- aspect rated (D1 prices a row written 1,000 times a row read), and a day of a cell is one row read.
-- Ratings that are not whole numbers 1–5 are not counted (the collector refuses them anyway).
--
-- Kept by triggers on `responses` rather than by the statements around each write (daily_rollups,
-- worker/src/db/rollups.ts): the ratings are a JSON object, and a trigger sees each row's OLD and NEW,
-- so an upsert that merges aspects or changes the CSAT moves the row's sums (subtract OLD, add NEW) and
-- no response is counted twice. An erasure subtracts them; retention does not (its `purging` row, as
-- 0008/0012 do for links: per-day counts outlive the answers). A change of time zone moves them with
-- the rest, and a rebuild recomputes them (aspectsSql, worker/src/db/aspect-rollups.ts).
CREATE TABLE aspect_rollups (
  site_id   TEXT NOT NULL,
  day       TEXT NOT NULL,                          -- local YYYY-MM-DD of the site's zone
  survey_id TEXT NOT NULL,
  dim       TEXT NOT NULL,                          -- the cell, as in daily_rollups
  value     TEXT NOT NULL,                          -- the grouping dimension's value ('' for 'all' or none)
  sums      TEXT NOT NULL,                          -- JSON: aspect -> the nine sums above
  -- The value before the day, unlike daily_rollups: a read for one agent (or channel…) seeks its rows
  -- instead of reading every agent's of each day; a read per agent seeks each agent the site has seen
  -- (site_values) the same way.
  PRIMARY KEY (site_id, dim, value, day, survey_id)
) WITHOUT ROWID;

-- Answers stored before this migration are counted by `npm run admin -- rollups rebuild` (aspectsSql);
-- here the same statement, once.
INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
  SELECT site_id, day, survey_id, dim, value, json_group_object(aspect, json_array(c0, c1, c2, c3, c4, c5, c6, c7, c8))
  FROM (SELECT r.site_id, r.day, r.survey_id,
  x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '')
  WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '')
  WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END), '') AS dim,
  CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(r.agent, '') WHEN 'channel' THEN coalesce(r.channel, '')
  WHEN 'source' THEN r.source WHEN 'lang' THEN coalesce(r.lang, '') WHEN 'verified' THEN CAST(r.verified AS TEXT) END AS value, a.key AS aspect, 1 * count(*) AS c0, 1 * sum(a.value) AS c1, 1 * sum(a.value * a.value) AS c2, 1 * sum(coalesce(r.csat >= 4, 0)) AS c3, 1 * sum(coalesce(r.csat >= 4, 0) * a.value) AS c4, 1 * sum(coalesce(r.csat >= 4, 0) * a.value * a.value) AS c5, 1 * sum(coalesce(r.csat <= 2, 0)) AS c6, 1 * sum(coalesce(r.csat <= 2, 0) * a.value) AS c7, 1 * sum(coalesce(r.csat <= 2, 0) * a.value * a.value) AS c8
  FROM (SELECT r.site_id, r.survey_id, r.agent, r.channel, r.source, r.lang, r.verified, r.csat, r.aspects,
  strftime('%Y-%m-%d', (r.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = r.site_id AND o.from_ms <= r.created_at
  ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch') AS day FROM responses r WHERE (true) AND r.aspects IS NOT NULL LIMIT -1) r,
  json_each(r.aspects) a, rollup_cells x
  WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5
  GROUP BY 1, 2, 3, 4, 5, 6)
  GROUP BY site_id, day, survey_id, dim, value
  ON CONFLICT (site_id, dim, value, day, survey_id) DO UPDATE SET sums = (SELECT json_group_object(k, json_array(c0, c1, c2, c3, c4, c5, c6, c7, c8)) FROM (
  SELECT g.k AS k, sum(g.v ->> 0) AS c0, sum(g.v ->> 1) AS c1, sum(g.v ->> 2) AS c2, sum(g.v ->> 3) AS c3, sum(g.v ->> 4) AS c4, sum(g.v ->> 5) AS c5, sum(g.v ->> 6) AS c6, sum(g.v ->> 7) AS c7, sum(g.v ->> 8) AS c8
  FROM (SELECT key AS k, value AS v FROM json_each(aspect_rollups.sums) UNION ALL SELECT key, value FROM json_each(excluded.sums)) g
  GROUP BY g.k));

CREATE TRIGGER responses_aspects_insert AFTER INSERT ON responses WHEN NEW.aspects IS NOT NULL BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END,
      (SELECT json_group_object(a.key, json_array(1, a.value, a.value * a.value, coalesce(NEW.csat >= 4, 0), coalesce(NEW.csat >= 4, 0) * a.value, coalesce(NEW.csat >= 4, 0) * a.value * a.value, coalesce(NEW.csat <= 2, 0), coalesce(NEW.csat <= 2, 0) * a.value, coalesce(NEW.csat <= 2, 0) * a.value * a.value))
        FROM json_each(NEW.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
      FROM rollup_cells x WHERE EXISTS (SELECT 1 FROM json_each(NEW.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
    ON CONFLICT (site_id, dim, value, day, survey_id) DO UPDATE SET sums = (SELECT json_group_object(k, json_array(c0, c1, c2, c3, c4, c5, c6, c7, c8)) FROM (
        SELECT g.k AS k, sum(g.v ->> 0) AS c0, sum(g.v ->> 1) AS c1, sum(g.v ->> 2) AS c2, sum(g.v ->> 3) AS c3, sum(g.v ->> 4) AS c4,
               sum(g.v ->> 5) AS c5, sum(g.v ->> 6) AS c6, sum(g.v ->> 7) AS c7, sum(g.v ->> 8) AS c8
          FROM (SELECT key AS k, value AS v FROM json_each(aspect_rollups.sums) UNION ALL SELECT key, value FROM json_each(excluded.sums)) g
          GROUP BY g.k));
END;

CREATE TRIGGER responses_aspects_update AFTER UPDATE ON responses
  WHEN (OLD.aspects IS NOT NULL OR NEW.aspects IS NOT NULL) AND (OLD.aspects IS NOT NEW.aspects OR OLD.csat IS NOT NEW.csat OR OLD.agent IS NOT NEW.agent OR OLD.channel IS NOT NEW.channel OR OLD.lang IS NOT NEW.lang OR OLD.source IS NOT NEW.source OR OLD.verified IS NOT NEW.verified OR OLD.survey_id IS NOT NEW.survey_id OR OLD.site_id IS NOT NEW.site_id OR OLD.created_at IS NOT NEW.created_at) BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), OLD.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END,
      (SELECT json_group_object(a.key, json_array(-1, -a.value, -a.value * a.value, -coalesce(OLD.csat >= 4, 0), -coalesce(OLD.csat >= 4, 0) * a.value, -coalesce(OLD.csat >= 4, 0) * a.value * a.value, -coalesce(OLD.csat <= 2, 0), -coalesce(OLD.csat <= 2, 0) * a.value, -coalesce(OLD.csat <= 2, 0) * a.value * a.value))
        FROM json_each(OLD.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
      FROM rollup_cells x WHERE EXISTS (SELECT 1 FROM json_each(OLD.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
    ON CONFLICT (site_id, dim, value, day, survey_id) DO UPDATE SET sums = (SELECT json_group_object(k, json_array(c0, c1, c2, c3, c4, c5, c6, c7, c8)) FROM (
        SELECT g.k AS k, sum(g.v ->> 0) AS c0, sum(g.v ->> 1) AS c1, sum(g.v ->> 2) AS c2, sum(g.v ->> 3) AS c3, sum(g.v ->> 4) AS c4,
               sum(g.v ->> 5) AS c5, sum(g.v ->> 6) AS c6, sum(g.v ->> 7) AS c7, sum(g.v ->> 8) AS c8
          FROM (SELECT key AS k, value AS v FROM json_each(aspect_rollups.sums) UNION ALL SELECT key, value FROM json_each(excluded.sums)) g
          GROUP BY g.k));
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN NEW.source WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN CAST(NEW.verified AS TEXT) END,
      (SELECT json_group_object(a.key, json_array(1, a.value, a.value * a.value, coalesce(NEW.csat >= 4, 0), coalesce(NEW.csat >= 4, 0) * a.value, coalesce(NEW.csat >= 4, 0) * a.value * a.value, coalesce(NEW.csat <= 2, 0), coalesce(NEW.csat <= 2, 0) * a.value, coalesce(NEW.csat <= 2, 0) * a.value * a.value))
        FROM json_each(NEW.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
      FROM rollup_cells x WHERE EXISTS (SELECT 1 FROM json_each(NEW.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
    ON CONFLICT (site_id, dim, value, day, survey_id) DO UPDATE SET sums = (SELECT json_group_object(k, json_array(c0, c1, c2, c3, c4, c5, c6, c7, c8)) FROM (
        SELECT g.k AS k, sum(g.v ->> 0) AS c0, sum(g.v ->> 1) AS c1, sum(g.v ->> 2) AS c2, sum(g.v ->> 3) AS c3, sum(g.v ->> 4) AS c4,
               sum(g.v ->> 5) AS c5, sum(g.v ->> 6) AS c6, sum(g.v ->> 7) AS c7, sum(g.v ->> 8) AS c8
          FROM (SELECT key AS k, value AS v FROM json_each(aspect_rollups.sums) UNION ALL SELECT key, value FROM json_each(excluded.sums)) g
          GROUP BY g.k));
END;

CREATE TRIGGER responses_aspects_delete AFTER DELETE ON responses
  WHEN OLD.aspects IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), OLD.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN OLD.source WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN CAST(OLD.verified AS TEXT) END,
      (SELECT json_group_object(a.key, json_array(-1, -a.value, -a.value * a.value, -coalesce(OLD.csat >= 4, 0), -coalesce(OLD.csat >= 4, 0) * a.value, -coalesce(OLD.csat >= 4, 0) * a.value * a.value, -coalesce(OLD.csat <= 2, 0), -coalesce(OLD.csat <= 2, 0) * a.value, -coalesce(OLD.csat <= 2, 0) * a.value * a.value))
        FROM json_each(OLD.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
      FROM rollup_cells x WHERE EXISTS (SELECT 1 FROM json_each(OLD.aspects) a WHERE a.type = 'integer' AND a.value BETWEEN 1 AND 5)
    ON CONFLICT (site_id, dim, value, day, survey_id) DO UPDATE SET sums = (SELECT json_group_object(k, json_array(c0, c1, c2, c3, c4, c5, c6, c7, c8)) FROM (
        SELECT g.k AS k, sum(g.v ->> 0) AS c0, sum(g.v ->> 1) AS c1, sum(g.v ->> 2) AS c2, sum(g.v ->> 3) AS c3, sum(g.v ->> 4) AS c4,
               sum(g.v ->> 5) AS c5, sum(g.v ->> 6) AS c6, sum(g.v ->> 7) AS c7, sum(g.v ->> 8) AS c8
          FROM (SELECT key AS k, value AS v FROM json_each(aspect_rollups.sums) UNION ALL SELECT key, value FROM json_each(excluded.sums)) g
          GROUP BY g.k));
END;
