-- Issue #12: a follow-up's owner is one of the site's people, stored as their user id (so a person
-- whose email changes stays the owner). Owners typed before as a person's email become that person;
-- other typed names stay as they were and show as such.
UPDATE followups SET owner = (SELECT u.id FROM users u WHERE u.email = followups.owner)
 WHERE owner IN (SELECT email FROM users);
