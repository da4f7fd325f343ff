-- A time-zone change recounts in chunks (worker/src/db/timezone.ts, whose header says why it is exact):
-- the PATCH stores the new offsets and a pending recount, the cron (and the PATCH's waitUntil) moves
-- the per-day counts a bounded number of rows at a time. Until a row's chunk has run, it is counted
-- with the offsets it had: zone_recount_offsets keeps them as generations, each for the rows created
-- after the previous generation's `upto_ms` and at or before its own (the oldest up to the end of
-- time), and rows at or before the cursor use the current offsets (site_utc_offsets). Every write to
-- daily_rollups looks a row's day up this way, so the links' triggers of 0012 are recreated below
-- with that lookup (rollups.ts offsetSql, pasted); the response writes build it in rollups.ts.
CREATE TABLE zone_recounts (
  site_id    TEXT PRIMARY KEY,
  zone       TEXT NOT NULL,                          -- the zone being counted into (also in sites.settings)
  cursor_ms  INTEGER NOT NULL,                       -- rows created at or before it are counted in `zone`
  prev_ms    INTEGER NOT NULL,                       -- the cursor before the last chunk (that chunk's start)
  bound_ms   INTEGER NOT NULL,                       -- where the running chunk ends
  started_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE TABLE zone_recount_offsets (
  site_id   TEXT NOT NULL,
  upto_ms   INTEGER NOT NULL,                        -- the generation covers rows created up to here
  from_ms   INTEGER NOT NULL,
  offset_ms INTEGER NOT NULL,
  PRIMARY KEY (site_id, upto_ms, from_ms)
) WITHOUT ROWID;
DROP TRIGGER links_rollup_insert;
CREATE TRIGGER links_rollup_insert AFTER INSERT ON links BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce(CASE WHEN NEW.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = NEW.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = NEW.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = NEW.site_id AND h.upto_ms >= NEW.created_at)
        AND g.from_ms <= NEW.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END,
      1, NEW.opened_at IS NOT NULL, NEW.answered_at IS NOT NULL
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
      links_answered = links_answered + excluded.links_answered;
END;
DROP TRIGGER links_rollup_answer;
CREATE TRIGGER links_rollup_answer AFTER UPDATE OF answered_at ON links WHEN NEW.answered_at IS NOT OLD.answered_at BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce(CASE WHEN NEW.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = NEW.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = NEW.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = NEW.site_id AND h.upto_ms >= NEW.created_at)
        AND g.from_ms <= NEW.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), NEW.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END, 0, (NEW.answered_at IS NOT NULL) - (OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_answered = links_answered + excluded.links_answered;
END;
DROP TRIGGER links_rollup_open;
CREATE TRIGGER links_rollup_open AFTER UPDATE OF opened_at ON links WHEN NEW.opened_at IS NOT OLD.opened_at BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce(CASE WHEN NEW.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = NEW.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = NEW.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = NEW.site_id AND h.upto_ms >= NEW.created_at)
        AND g.from_ms <= NEW.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END,
      0, (NEW.opened_at IS NOT NULL) - (OLD.opened_at IS NOT NULL), 0
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
      links_answered = links_answered + excluded.links_answered;
END;
DROP TRIGGER links_rollup_delete;
CREATE TRIGGER links_rollup_delete AFTER DELETE ON links
  WHEN NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce(CASE WHEN OLD.created_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = OLD.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = OLD.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = OLD.site_id AND h.upto_ms >= OLD.created_at)
        AND g.from_ms <= OLD.created_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'), OLD.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END,
      -1, -(OLD.opened_at IS NOT NULL), -(OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
      links_answered = links_answered + excluded.links_answered;
END;
