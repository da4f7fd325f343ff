-- "Opened by a person" (the response-rate view): when a person first tapped, clicked or pressed a key
-- on a signed link's survey page (POST /api/v1/links/opened from the page script), counted once per
-- link on the day the link was issued, like its answer, in the same rollup cells as links_issued and
-- links_answered. Email scanners GET, HEAD or load the page without input: they set nothing.
-- Template links have no row, so they are neither issued nor opened.

ALTER TABLE links ADD COLUMN opened_at INTEGER;
ALTER TABLE daily_rollups ADD COLUMN links_opened INTEGER NOT NULL DEFAULT 0;

-- An answer is a person's act on the page too (also the form post without JavaScript): every answered
-- link counts as opened (markAnsweredStatement sets both from now on), so answered never exceeds opened.
-- Links answered before this migration were opened when they were answered; opens that led to no
-- answer were not recorded before it.
UPDATE links SET opened_at = answered_at WHERE answered_at IS NOT NULL AND opened_at IS NULL;
UPDATE daily_rollups SET links_opened = links_answered WHERE links_answered <> 0;

DROP TRIGGER links_rollup_insert;
CREATE TRIGGER links_rollup_insert AFTER INSERT ON links BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', NEW.created_at / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END,
      1, NEW.opened_at IS NOT NULL, NEW.answered_at IS NOT NULL
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
      links_answered = links_answered + excluded.links_answered;
END;

CREATE TRIGGER links_rollup_open AFTER UPDATE OF opened_at ON links WHEN NEW.opened_at IS NOT OLD.opened_at BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT NEW.site_id, strftime('%Y-%m-%d', NEW.created_at / 1000, 'unixepoch'), NEW.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(NEW.agent, '') WHEN 'channel' THEN coalesce(NEW.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(NEW.lang, '') WHEN 'verified' THEN '1' END,
      0, (NEW.opened_at IS NOT NULL) - (OLD.opened_at IS NOT NULL), 0
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
      links_answered = links_answered + excluded.links_answered;
END;

-- Erasure subtracts what a link counted, opened included; while retention purges a site's old links
-- (a `purging` row, 0008_alerts.sql) the per-day counts stay.
DROP TRIGGER links_rollup_delete;
CREATE TRIGGER links_rollup_delete AFTER DELETE ON links
  WHEN NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO daily_rollups (site_id, day, survey_id, dim, value, links_issued, links_opened, links_answered)
    SELECT OLD.site_id, strftime('%Y-%m-%d', OLD.created_at / 1000, 'unixepoch'), OLD.survey_id,
      x.grp || coalesce(char(31) || x.f1 || '=' || (CASE x.f1 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), '') || coalesce(char(31) || x.f2 || '=' || (CASE x.f2 WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END), ''),
      CASE x.grp WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(OLD.agent, '') WHEN 'channel' THEN coalesce(OLD.channel, '') WHEN 'source' THEN 'email' WHEN 'lang' THEN coalesce(OLD.lang, '') WHEN 'verified' THEN '1' END,
      -1, -(OLD.opened_at IS NOT NULL), -(OLD.answered_at IS NOT NULL)
      FROM rollup_cells x WHERE true
    ON CONFLICT (site_id, dim, day, survey_id, value) DO UPDATE SET
      links_issued = links_issued + excluded.links_issued, links_opened = links_opened + excluded.links_opened,
      links_answered = links_answered + excluded.links_answered;
END;
