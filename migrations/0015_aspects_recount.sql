-- The CES aspects' per-day sums follow a pending time-zone recount like every other per-day count
-- (0014_zone_recount.sql, worker/src/db/timezone.ts): their triggers find a row's local day with the same
-- lookup (rollups.ts offsetSql, pasted) instead of the current zone's offsets alone, so a row's removal
-- is always found on the day its addition went to, also while the recount moves days in chunks.

DROP TRIGGER responses_aspects_insert;
CREATE TRIGGER responses_aspects_insert AFTER INSERT ON responses WHEN NEW.aspects IS NOT NULL BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce(CASE WHEN NEW.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = NEW.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = NEW.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = NEW.site_id AND h.upto_ms >= NEW.created_at)
        AND g.from_ms <= NEW.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), NEW.survey_id,
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

DROP TRIGGER responses_aspects_update;
CREATE TRIGGER responses_aspects_update AFTER UPDATE ON responses
  WHEN (OLD.aspects IS NOT NULL OR NEW.aspects IS NOT NULL) AND (OLD.aspects IS NOT NEW.aspects OR OLD.csat IS NOT NEW.csat OR OLD.agent IS NOT NEW.agent OR OLD.channel IS NOT NEW.channel OR OLD.lang IS NOT NEW.lang OR OLD.source IS NOT NEW.source OR OLD.verified IS NOT NEW.verified OR OLD.survey_id IS NOT NEW.survey_id OR OLD.site_id IS NOT NEW.site_id OR OLD.created_at IS NOT NEW.created_at) BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce(CASE WHEN OLD.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = OLD.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = OLD.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = OLD.site_id AND h.upto_ms >= OLD.created_at)
        AND g.from_ms <= OLD.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), OLD.survey_id,
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
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce(CASE WHEN NEW.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = NEW.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = NEW.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = NEW.site_id AND h.upto_ms >= NEW.created_at)
        AND g.from_ms <= NEW.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), NEW.survey_id,
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

DROP TRIGGER responses_aspects_delete;
CREATE TRIGGER responses_aspects_delete AFTER DELETE ON responses
  WHEN OLD.aspects IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO aspect_rollups (site_id, day, survey_id, dim, value, sums)
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce(CASE WHEN OLD.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = OLD.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = OLD.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = OLD.site_id AND h.upto_ms >= OLD.created_at)
        AND g.from_ms <= OLD.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), OLD.survey_id,
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
