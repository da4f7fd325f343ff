-- A site's time zone (issue #14, SPEC "Sites and people"): every day boundary is local, so the per-day
-- counts of daily_rollups are kept per local day of the site's zone.
--
-- Design: SQLite has no time zone data, so each site's UTC offset periods are stored here — one row
-- per change of offset (start instant, offset), computed in JS from Intl for 1970–2100 when the zone is
-- set (shared/timezone.ts utcOffsets: about 260 rows for a zone with summer time, 1 without). A
-- response's or link's local day is date((created_at + offset) / 1000, 'unixepoch') with the offset of
-- the last period starting at or before created_at: one seek in this small table per written row, so
-- writes stay as cheap as before and reads stay on daily_rollups (cost grows with the days shown, not
-- the responses). A UTC site has no rows: offset 0, exactly the counts it had before. Offsets rather
-- than a per-day table: a zone changes offset twice a year, while days are 365.
-- When the zone changes (PATCH …/settings, `npm run admin -- site set --timezone`), one D1 batch
-- subtracts what the site's rows counted under the old offsets, replaces the offsets, and adds them
-- back under the new ones (worker/src/db/timezone.ts), so the counts move to their new days at once.
-- Responses are written with addSql/subtractSql (worker/src/db/rollups.ts), which use the same lookup;
-- the link triggers below are those of 0006/0010 with the lookup instead of the UTC day.
CREATE TABLE site_utc_offsets (
  site_id   TEXT NOT NULL,
  from_ms   INTEGER NOT NULL,                        -- the period starts here (UTC ms; the first at -8.64e15)
  offset_ms INTEGER NOT NULL,                        -- local time minus UTC during it
  PRIMARY KEY (site_id, from_ms)
) WITHOUT ROWID;
DROP TRIGGER links_rollup_insert;
CREATE TRIGGER links_rollup_insert AFTER INSERT ON links BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), NEW.survey_id,
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
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), NEW.survey_id, x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''), CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END, 0, (NEW.answered_at IS NOT NULL) - (OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_answered = links_answered + excluded.links_answered;
END;
DROP TRIGGER links_rollup_open;
CREATE TRIGGER links_rollup_open AFTER UPDATE OF opened_at ON links WHEN NEW.opened_at IS NOT OLD.opened_at BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', (NEW.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = NEW.site_id AND o.from_ms <= NEW.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), NEW.survey_id,
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
    SELECT OLD.site_id, strftime('%Y-%m-%d', (OLD.created_at + coalesce((SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = OLD.site_id AND o.from_ms <= OLD.created_at
        ORDER BY o.from_ms DESC LIMIT 1), 0)) / 1000, 'unixepoch'), OLD.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END,
      -1, -(OLD.opened_at IS NOT NULL), -(OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
      links_answered = links_answered + excluded.links_answered;
END;
