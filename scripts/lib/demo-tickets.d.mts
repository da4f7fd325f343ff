// Types for demo-tickets.mjs, so TypeScript (seed, tests) can import it without allowJs.
import type { DemoResponse } from './demo-data.mjs';
import type { DemoLink } from './demo-links.mjs';

export interface DemoTicketOptions {
  /** The demo responses: each answered ticket gets its facts, drawn from its answer's scores. */
  responses: DemoResponse[];
  /** The demo links: a linked ticket was solved when its link went out; unanswered ones are solved tickets too. */
  links?: DemoLink[];
  site?: string;
  /** Solves of the tickets without a survey fall in (now − days, now]; default 90. */
  days?: number;
  now?: number;
  seed?: number;
  ticketStart?: number;
  /** Solved tickets nobody was surveyed on, per answer (default 1.1; the bench's bulk seeding: 0). */
  unsurveyedPerAnswer?: number;
  /** Open tickets (default 37). */
  backlog?: number;
}

/** One row of the `ticket_facts` table. */
export interface DemoTicketFact {
  site_id: string;
  ticket: string;
  status: 'open' | 'solved' | 'closed';
  created_at: number;
  first_response_at: number | null;
  solved_at: number | null;
  agent_replies: number;
  customer_replies: number;
  reopens: number;
  agent: string | null;
  channel: string;
  grp: string;
  priority: string;
  updated_at: number;
}

/** 0 (delighted) … 1 (furious), from an answer's scores: NPS first, else CSAT, else CES. */
export declare function unhappiness(scores: { nps: number | null; csat: number | null; ces: number | null }): number;
export declare function demoTicketFacts(options: DemoTicketOptions): DemoTicketFact[];
export declare function demoTicketFactsSql(options: DemoTicketOptions): { sql: string[]; count: number };
