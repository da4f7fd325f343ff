-- Ticket facts (issue #15, SPEC "Ticket facts and support KPIs"): one row per site and ticket, as the
-- helpdesk last sent it (POST /api/v1/tickets, or ticketFacts on POST /api/v1/links); later sends update
-- it. Times are Unix milliseconds; `grp` is the helpdesk's group (GROUP is an SQL keyword). Erased with
-- the ticket (or with the customer of its answers and links) and by retention, by created_at.
CREATE TABLE ticket_facts (
  site_id           TEXT    NOT NULL REFERENCES sites(id) ON DELETE CASCADE,
  ticket            TEXT    NOT NULL,
  status            TEXT    NOT NULL CHECK (status IN ('open', 'solved', 'closed')),
  created_at        INTEGER NOT NULL,
  first_response_at INTEGER,
  solved_at         INTEGER,
  agent_replies     INTEGER,
  customer_replies  INTEGER,
  reopens           INTEGER,
  agent             TEXT,
  channel           TEXT,
  grp               TEXT,
  priority          TEXT,
  updated_at        INTEGER NOT NULL,
  PRIMARY KEY (site_id, ticket)
) WITHOUT ROWID;

-- Retention's chunks walk a site's oldest tickets.
CREATE INDEX ticket_facts_by_site_time ON ticket_facts (site_id, created_at);
