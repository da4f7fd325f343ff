-- Per-day ticket counts (issue #15, SPEC "Ticket facts and support KPIs"): what the Support view reads,
-- a few rows per day instead of every ticket. A ticket counts on the local day (the site's zone, the
-- lookup of 0012/0014) it was solved; its answers count with it.
--   ticket_rollups: per cell and day, tickets solved, histograms of first response and resolution time
--     (JSON bin -> count; the bins are duration_bins, the same as shared/metrics/durations.ts: a minute
--     wide below an hour, then 10%), one-touch and reopen counts with how many tickets said, and the
--     answers to those tickets (the survey response rate).
--   ticket_drivers: per cell, driver (first_response, resolution, replies, reopened), day and bucket,
--     the tickets and the score counts of their answers (SPEC "Scores by ticket facts").
-- Cells: all tickets, per agent, per channel, and per channel and agent (value channel, char(31), agent:
-- one channel's agents are a range), the ticket's own as the helpdesk sent them; filters on the answers
-- (survey, source, lang, verified) are answered from the raw rows (worker/src/db/support.ts).
--
-- One definition of what a ticket contributes: the INSTEAD OF trigger of the view ticket_contributions,
-- which adds sign × (the ticket's facts and all its answers, as the tables hold them now). Every change
-- runs it with -1 before and +1 after: an upsert of facts, an answer written, changed or erased for a
-- solved ticket, an erasure. So a count is never lost or doubled whichever comes first, facts or answers,
-- and facts changed after the answer move the answer too. Retention's purging row keeps the counts
-- (like daily_rollups). A change of time zone moves tickets by solved_at with the recount's chunks
-- (worker/src/db/timezone.ts); rollups rebuild recomputes them.

CREATE INDEX ticket_facts_by_solved ON ticket_facts (site_id, solved_at) WHERE solved_at IS NOT NULL;
-- The backlog: tickets open now, by age.
CREATE INDEX ticket_facts_open ON ticket_facts (site_id, created_at) WHERE status = 'open';

CREATE TABLE duration_bins (
  lo_ms INTEGER PRIMARY KEY,                        -- the bin starts here (ms)
  bin   INTEGER NOT NULL
);
INSERT INTO duration_bins (lo_ms, bin) VALUES
  (0, 0), (60000, 1), (120000, 2), (180000, 3), (240000, 4), (300000, 5), (360000, 6), (420000, 7),
  (480000, 8), (540000, 9), (600000, 10), (660000, 11), (720000, 12), (780000, 13), (840000, 14), (900000, 15),
  (960000, 16), (1020000, 17), (1080000, 18), (1140000, 19), (1200000, 20), (1260000, 21), (1320000, 22), (1380000, 23),
  (1440000, 24), (1500000, 25), (1560000, 26), (1620000, 27), (1680000, 28), (1740000, 29), (1800000, 30), (1860000, 31),
  (1920000, 32), (1980000, 33), (2040000, 34), (2100000, 35), (2160000, 36), (2220000, 37), (2280000, 38), (2340000, 39),
  (2400000, 40), (2460000, 41), (2520000, 42), (2580000, 43), (2640000, 44), (2700000, 45), (2760000, 46), (2820000, 47),
  (2880000, 48), (2940000, 49), (3000000, 50), (3060000, 51), (3120000, 52), (3180000, 53), (3240000, 54), (3300000, 55),
  (3360000, 56), (3420000, 57), (3480000, 58), (3540000, 59), (3600000, 60), (3960000, 61), (4380000, 62), (4860000, 63),
  (5400000, 64), (5940000, 65), (6540000, 66), (7200000, 67), (7920000, 68), (8760000, 69), (9660000, 70), (10680000, 71),
  (11760000, 72), (12960000, 73), (14280000, 74), (15720000, 75), (17340000, 76), (19080000, 77), (21000000, 78), (23100000, 79),
  (25440000, 80), (28020000, 81), (30840000, 82), (33960000, 83), (37380000, 84), (41160000, 85), (45300000, 86), (49860000, 87),
  (54900000, 88), (60420000, 89), (66480000, 90), (73140000, 91), (80460000, 92), (88560000, 93), (97440000, 94), (107220000, 95),
  (117960000, 96), (129780000, 97), (142800000, 98), (157080000, 99), (172800000, 100), (190080000, 101), (209100000, 102), (230040000, 103),
  (253080000, 104), (278400000, 105), (306240000, 106), (336900000, 107), (370620000, 108), (407700000, 109), (448500000, 110), (493380000, 111),
  (542760000, 112), (597060000, 113), (656820000, 114), (722520000, 115), (794820000, 116), (874320000, 117), (961800000, 118), (1057980000, 119),
  (1163820000, 120), (1280220000, 121), (1408260000, 122), (1549140000, 123), (1704060000, 124), (1874520000, 125), (2062020000, 126), (2268240000, 127),
  (2495100000, 128), (2744640000, 129), (3019140000, 130), (3321060000, 131), (3653220000, 132), (4018560000, 133), (4420440000, 134), (4862520000, 135),
  (5348820000, 136), (5883720000, 137), (6472140000, 138), (7119360000, 139), (7831320000, 140), (8614500000, 141), (9475980000, 142), (10423620000, 143),
  (11466000000, 144), (12612600000, 145), (13873860000, 146), (15261300000, 147), (16787460000, 148), (18466260000, 149), (20312940000, 150), (22344240000, 151),
  (24578700000, 152), (27036600000, 153), (29740260000, 154), (31536000000, 155);

CREATE TABLE ticket_cells (dim TEXT PRIMARY KEY);
INSERT INTO ticket_cells (dim) VALUES ('all'), ('agent'), ('channel'), ('agent+channel');
CREATE TABLE ticket_driver_kinds (driver TEXT PRIMARY KEY);
INSERT INTO ticket_driver_kinds (driver) VALUES ('first_response'), ('resolution'), ('replies'), ('reopened');

CREATE TABLE ticket_rollups (
  site_id        TEXT NOT NULL,
  dim            TEXT NOT NULL,                     -- 'all', 'agent', 'channel' or 'agent+channel'
  day            TEXT NOT NULL,                     -- local YYYY-MM-DD the tickets were solved
  value          TEXT NOT NULL,                     -- the agent, channel, or both ('' for 'all' or none)
  solved         INTEGER NOT NULL DEFAULT 0,
  first_response TEXT NOT NULL DEFAULT '{}',        -- JSON: bin -> tickets
  resolution     TEXT NOT NULL DEFAULT '{}',
  touch_known    INTEGER NOT NULL DEFAULT 0,        -- tickets with agentReplies
  one_touch      INTEGER NOT NULL DEFAULT 0,        -- … of them at most one reply and no reopen
  reopen_known   INTEGER NOT NULL DEFAULT 0,        -- tickets with reopens
  reopened       INTEGER NOT NULL DEFAULT 0,
  responses      INTEGER NOT NULL DEFAULT 0,        -- answers to these tickets
  PRIMARY KEY (site_id, dim, day, value)
) WITHOUT ROWID;
-- Every agent of a day is a range of the key; one agent's (or channel's, or pair's) days seek this.
CREATE INDEX ticket_rollups_by_value ON ticket_rollups (site_id, dim, value, day);

CREATE TABLE ticket_drivers (
  site_id   TEXT NOT NULL,
  dim       TEXT NOT NULL,
  driver    TEXT NOT NULL,
  day       TEXT NOT NULL,
  value     TEXT NOT NULL,
  bucket    TEXT NOT NULL,
  tickets   INTEGER NOT NULL DEFAULT 0,
  responses INTEGER NOT NULL DEFAULT 0,
  nps_0 INTEGER NOT NULL DEFAULT 0, nps_1 INTEGER NOT NULL DEFAULT 0, nps_2 INTEGER NOT NULL DEFAULT 0, nps_3 INTEGER NOT NULL DEFAULT 0, nps_4 INTEGER NOT NULL DEFAULT 0, nps_5 INTEGER NOT NULL DEFAULT 0, nps_6 INTEGER NOT NULL DEFAULT 0, nps_7 INTEGER NOT NULL DEFAULT 0, nps_8 INTEGER NOT NULL DEFAULT 0, nps_9 INTEGER NOT NULL DEFAULT 0, nps_10 INTEGER NOT NULL DEFAULT 0, csat_1 INTEGER NOT NULL DEFAULT 0, csat_2 INTEGER NOT NULL DEFAULT 0, csat_3 INTEGER NOT NULL DEFAULT 0, csat_4 INTEGER NOT NULL DEFAULT 0, csat_5 INTEGER NOT NULL DEFAULT 0, ces_1 INTEGER NOT NULL DEFAULT 0, ces_2 INTEGER NOT NULL DEFAULT 0, ces_3 INTEGER NOT NULL DEFAULT 0, ces_4 INTEGER NOT NULL DEFAULT 0, ces_5 INTEGER NOT NULL DEFAULT 0,
  -- The value before the day: a read for one agent or channel seeks its rows, not every agent's each day.
  PRIMARY KEY (site_id, dim, driver, value, day, bucket)
) WITHOUT ROWID;

CREATE VIEW ticket_contributions AS SELECT site_id, ticket, 0 AS sign, NULL AS without_id FROM ticket_facts WHERE false;

CREATE TRIGGER ticket_contribute INSTEAD OF INSERT ON ticket_contributions BEGIN
  INSERT INTO ticket_rollups (site_id, dim, day, value, solved, first_response, resolution, touch_known, one_touch, reopen_known, reopened, responses)
    SELECT t.site_id, x.dim, strftime('%Y-%m-%d', (t.solved_at + coalesce(CASE WHEN t.solved_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = t.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = t.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = t.site_id AND h.upto_ms >= t.solved_at)
        AND g.from_ms <= t.solved_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = t.site_id AND o.from_ms <= t.solved_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'),
      CASE x.dim WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(t.agent, '') WHEN 'channel' THEN coalesce(t.channel, '') ELSE coalesce(t.channel, '') || char(31) || coalesce(t.agent, '') END,
      NEW.sign,
      CASE WHEN t.first_response_at IS NULL THEN '{}' ELSE json_object((SELECT CAST(b.bin AS TEXT) FROM duration_bins b WHERE b.lo_ms <= t.first_response_at - t.created_at ORDER BY b.lo_ms DESC LIMIT 1), NEW.sign) END,
      json_object((SELECT CAST(b.bin AS TEXT) FROM duration_bins b WHERE b.lo_ms <= t.solved_at - t.created_at ORDER BY b.lo_ms DESC LIMIT 1), NEW.sign),
      NEW.sign * (t.agent_replies IS NOT NULL),
      NEW.sign * (t.agent_replies IS NOT NULL AND t.agent_replies <= 1 AND coalesce(t.reopens, 0) = 0),
      NEW.sign * (t.reopens IS NOT NULL),
      NEW.sign * (coalesce(t.reopens, 0) > 0),
      NEW.sign * (SELECT count(*) FROM responses r WHERE r.site_id = t.site_id AND r.ticket = t.ticket AND r.id IS NOT NEW.without_id)
    FROM ticket_facts t, ticket_cells x
    WHERE t.site_id = NEW.site_id AND t.ticket = NEW.ticket AND t.solved_at IS NOT NULL
  ON CONFLICT (site_id, dim, day, value) DO UPDATE SET solved = solved + excluded.solved,
    first_response = (SELECT json_group_object(k, n) FROM (SELECT key AS k, sum(value) AS n FROM (SELECT key, value FROM json_each(ticket_rollups.first_response) UNION ALL SELECT key, value FROM json_each(excluded.first_response)) GROUP BY key HAVING sum(value) <> 0)),
    resolution = (SELECT json_group_object(k, n) FROM (SELECT key AS k, sum(value) AS n FROM (SELECT key, value FROM json_each(ticket_rollups.resolution) UNION ALL SELECT key, value FROM json_each(excluded.resolution)) GROUP BY key HAVING sum(value) <> 0)),
    touch_known = touch_known + excluded.touch_known, one_touch = one_touch + excluded.one_touch,
    reopen_known = reopen_known + excluded.reopen_known, reopened = reopened + excluded.reopened,
    responses = responses + excluded.responses;
  INSERT INTO ticket_drivers (site_id, dim, driver, day, value, bucket, tickets, responses, nps_0, nps_1, nps_2, nps_3, nps_4, nps_5, nps_6, nps_7, nps_8, nps_9, nps_10, csat_1, csat_2, csat_3, csat_4, csat_5, ces_1, ces_2, ces_3, ces_4, ces_5)
    SELECT * FROM (
      SELECT t.site_id, x.dim, k.driver, strftime('%Y-%m-%d', (t.solved_at + coalesce(CASE WHEN t.solved_at > coalesce((SELECT z.cursor_ms FROM zone_recounts z WHERE z.site_id = t.site_id), 8640000000000000)
      THEN (SELECT g.offset_ms FROM zone_recount_offsets g WHERE g.site_id = t.site_id
        AND g.upto_ms = (SELECT min(h.upto_ms) FROM zone_recount_offsets h WHERE h.site_id = t.site_id AND h.upto_ms >= t.solved_at)
        AND g.from_ms <= t.solved_at ORDER BY g.from_ms DESC LIMIT 1)
      ELSE (SELECT o.offset_ms FROM site_utc_offsets o WHERE o.site_id = t.site_id AND o.from_ms <= t.solved_at ORDER BY o.from_ms DESC LIMIT 1) END, 0)) / 1000, 'unixepoch'),
        CASE x.dim WHEN 'all' THEN '' WHEN 'agent' THEN coalesce(t.agent, '') WHEN 'channel' THEN coalesce(t.channel, '') ELSE coalesce(t.channel, '') || char(31) || coalesce(t.agent, '') END,
        CASE k.driver
          WHEN 'first_response' THEN CASE WHEN t.first_response_at IS NOT NULL THEN CASE WHEN t.first_response_at - t.created_at < 3600000 THEN '<1h' WHEN t.first_response_at - t.created_at < 14400000 THEN '1-4h' WHEN t.first_response_at - t.created_at < 86400000 THEN '4-24h' WHEN t.first_response_at - t.created_at < 259200000 THEN '1-3d' ELSE '>3d' END END
          WHEN 'resolution' THEN CASE WHEN t.solved_at - t.created_at < 3600000 THEN '<1h' WHEN t.solved_at - t.created_at < 14400000 THEN '1-4h' WHEN t.solved_at - t.created_at < 86400000 THEN '4-24h' WHEN t.solved_at - t.created_at < 259200000 THEN '1-3d' ELSE '>3d' END
          WHEN 'replies' THEN CASE WHEN t.agent_replies IS NULL THEN NULL WHEN t.agent_replies <= 1 THEN '1' WHEN t.agent_replies = 2 THEN '2' WHEN t.agent_replies <= 4 THEN '3-4' ELSE '5+' END
          ELSE CASE WHEN t.reopens IS NULL THEN NULL WHEN t.reopens > 0 THEN 'yes' ELSE 'no' END
        END AS bucket,
        NEW.sign, NEW.sign * s.responses, NEW.sign * s.nps_0, NEW.sign * s.nps_1, NEW.sign * s.nps_2, NEW.sign * s.nps_3, NEW.sign * s.nps_4, NEW.sign * s.nps_5, NEW.sign * s.nps_6, NEW.sign * s.nps_7, NEW.sign * s.nps_8, NEW.sign * s.nps_9, NEW.sign * s.nps_10, NEW.sign * s.csat_1, NEW.sign * s.csat_2, NEW.sign * s.csat_3, NEW.sign * s.csat_4, NEW.sign * s.csat_5, NEW.sign * s.ces_1, NEW.sign * s.ces_2, NEW.sign * s.ces_3, NEW.sign * s.ces_4, NEW.sign * s.ces_5
      FROM ticket_facts t, ticket_cells x, ticket_driver_kinds k,
        (SELECT count(*) AS responses, coalesce(sum(r.nps IS 0), 0) AS nps_0, coalesce(sum(r.nps IS 1), 0) AS nps_1, coalesce(sum(r.nps IS 2), 0) AS nps_2, coalesce(sum(r.nps IS 3), 0) AS nps_3, coalesce(sum(r.nps IS 4), 0) AS nps_4, coalesce(sum(r.nps IS 5), 0) AS nps_5, coalesce(sum(r.nps IS 6), 0) AS nps_6, coalesce(sum(r.nps IS 7), 0) AS nps_7, coalesce(sum(r.nps IS 8), 0) AS nps_8, coalesce(sum(r.nps IS 9), 0) AS nps_9, coalesce(sum(r.nps IS 10), 0) AS nps_10, coalesce(sum(r.csat IS 1), 0) AS csat_1, coalesce(sum(r.csat IS 2), 0) AS csat_2, coalesce(sum(r.csat IS 3), 0) AS csat_3, coalesce(sum(r.csat IS 4), 0) AS csat_4, coalesce(sum(r.csat IS 5), 0) AS csat_5, coalesce(sum(r.ces IS 1), 0) AS ces_1, coalesce(sum(r.ces IS 2), 0) AS ces_2, coalesce(sum(r.ces IS 3), 0) AS ces_3, coalesce(sum(r.ces IS 4), 0) AS ces_4, coalesce(sum(r.ces IS 5), 0) AS ces_5 FROM responses r WHERE r.site_id = NEW.site_id AND r.ticket = NEW.ticket AND r.id IS NOT NEW.without_id) s
      WHERE t.site_id = NEW.site_id AND t.ticket = NEW.ticket AND t.solved_at IS NOT NULL)
    WHERE bucket IS NOT NULL
  ON CONFLICT (site_id, dim, driver, value, day, bucket) DO UPDATE SET tickets = tickets + excluded.tickets,
    responses = responses + excluded.responses, nps_0 = nps_0 + excluded.nps_0, nps_1 = nps_1 + excluded.nps_1, nps_2 = nps_2 + excluded.nps_2, nps_3 = nps_3 + excluded.nps_3, nps_4 = nps_4 + excluded.nps_4, nps_5 = nps_5 + excluded.nps_5, nps_6 = nps_6 + excluded.nps_6, nps_7 = nps_7 + excluded.nps_7, nps_8 = nps_8 + excluded.nps_8, nps_9 = nps_9 + excluded.nps_9, nps_10 = nps_10 + excluded.nps_10, csat_1 = csat_1 + excluded.csat_1, csat_2 = csat_2 + excluded.csat_2, csat_3 = csat_3 + excluded.csat_3, csat_4 = csat_4 + excluded.csat_4, csat_5 = csat_5 + excluded.csat_5, ces_1 = ces_1 + excluded.ces_1, ces_2 = ces_2 + excluded.ces_2, ces_3 = ces_3 + excluded.ces_3, ces_4 = ces_4 + excluded.ces_4, ces_5 = ces_5 + excluded.ces_5;
END;

-- Facts: the ticket as it was out, as it is in. (An upsert that changes nothing writes no row, 0016.)
CREATE TRIGGER ticket_facts_rollup_insert AFTER INSERT ON ticket_facts WHEN NEW.solved_at IS NOT NULL BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign) VALUES (NEW.site_id, NEW.ticket, 1);
END;
CREATE TRIGGER ticket_facts_rollup_update_old BEFORE UPDATE ON ticket_facts WHEN OLD.solved_at IS NOT NULL BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign) VALUES (OLD.site_id, OLD.ticket, -1);
END;
CREATE TRIGGER ticket_facts_rollup_update_new AFTER UPDATE ON ticket_facts WHEN NEW.solved_at IS NOT NULL BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign) VALUES (NEW.site_id, NEW.ticket, 1);
END;
CREATE TRIGGER ticket_facts_rollup_delete BEFORE DELETE ON ticket_facts
  WHEN OLD.solved_at IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign) VALUES (OLD.site_id, OLD.ticket, -1);
END;

-- Answers: their solved ticket as it was without the change, then with it. A new answer does both after
-- the insert (the first without it): an upsert fires BEFORE INSERT even when it turns into an update.
CREATE TRIGGER responses_tickets_insert AFTER INSERT ON responses WHEN NEW.ticket IS NOT NULL BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign, without_id)
    SELECT site_id, ticket, -1, NEW.id FROM ticket_facts WHERE site_id = NEW.site_id AND ticket = NEW.ticket AND solved_at IS NOT NULL;
  INSERT INTO ticket_contributions (site_id, ticket, sign)
    SELECT site_id, ticket, 1 FROM ticket_facts WHERE site_id = NEW.site_id AND ticket = NEW.ticket AND solved_at IS NOT NULL;
END;
CREATE TRIGGER responses_tickets_update_old BEFORE UPDATE ON responses
  WHEN (OLD.ticket IS NOT NULL OR NEW.ticket IS NOT NULL) AND (OLD.ticket IS NOT NEW.ticket OR OLD.site_id IS NOT NEW.site_id
    OR OLD.nps IS NOT NEW.nps OR OLD.csat IS NOT NEW.csat OR OLD.ces IS NOT NEW.ces) BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign)
    SELECT site_id, ticket, -1 FROM ticket_facts
     WHERE solved_at IS NOT NULL AND ((site_id = OLD.site_id AND ticket = OLD.ticket) OR (site_id = NEW.site_id AND ticket = NEW.ticket));
END;
CREATE TRIGGER responses_tickets_update_new AFTER UPDATE ON responses
  WHEN (OLD.ticket IS NOT NULL OR NEW.ticket IS NOT NULL) AND (OLD.ticket IS NOT NEW.ticket OR OLD.site_id IS NOT NEW.site_id
    OR OLD.nps IS NOT NEW.nps OR OLD.csat IS NOT NEW.csat OR OLD.ces IS NOT NEW.ces) BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign)
    SELECT site_id, ticket, 1 FROM ticket_facts
     WHERE solved_at IS NOT NULL AND ((site_id = OLD.site_id AND ticket = OLD.ticket) OR (site_id = NEW.site_id AND ticket = NEW.ticket));
END;
CREATE TRIGGER responses_tickets_delete_old BEFORE DELETE ON responses
  WHEN OLD.ticket IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign)
    SELECT site_id, ticket, -1 FROM ticket_facts WHERE site_id = OLD.site_id AND ticket = OLD.ticket AND solved_at IS NOT NULL;
END;
CREATE TRIGGER responses_tickets_delete_new AFTER DELETE ON responses
  WHEN OLD.ticket IS NOT NULL AND NOT EXISTS (SELECT 1 FROM purging WHERE site_id = OLD.site_id) BEGIN
  INSERT INTO ticket_contributions (site_id, ticket, sign)
    SELECT site_id, ticket, 1 FROM ticket_facts WHERE site_id = OLD.site_id AND ticket = OLD.ticket AND solved_at IS NOT NULL;
END;

-- Facts stored before this migration (the first slice of #15).
INSERT INTO ticket_contributions (site_id, ticket, sign) SELECT site_id, ticket, 1 FROM ticket_facts WHERE solved_at IS NOT NULL;
