// Types for demo-data.mjs, so TypeScript (tests) can import it without allowJs.

export interface DemoOptions {
  /** sites.id the rows belong to; default 'demo'. */
  site?: string;
  /** survey id; default 'support'. */
  survey?: string;
  /** Number of rows; default 3000. */
  count?: number;
  /** created_at falls in (now − days, now]; default 90. */
  days?: number;
  /** Epoch ms; default Date.now(). Pass it for byte-identical output. */
  now?: number;
  /** PRNG seed; default 42. */
  seed?: number;
  /** First ticket number (T-<n>); default 10,000. Bulk parts start apart so their tickets never meet. */
  ticketStart?: number;
}

/** One row of the `responses` table. */
export interface DemoResponse {
  id: string;
  site_id: string;
  survey_id: string;
  ticket: string;
  csat: number | null;
  ces: number | null;
  nps: number | null;
  comment: string | null;
  /** JSON object: aspect → 1..5. */
  aspects: string | null;
  lang: 'it' | 'en';
  source: 'widget' | 'email';
  verified: 0 | 1;
  agent: string;
  channel: 'email' | 'chat' | 'phone' | 'whatsapp';
  customer: string;
  page: string | null;
  created_at: number;
  updated_at: number;
  revision: number;
}

export declare function demoResponses(options?: DemoOptions): DemoResponse[];
export declare function demoResponsesSql(options?: DemoOptions): { sql: string[]; count: number };

/** The demo site's display names of its agents (site setting agentNames), e.g. giulia → Giulia Bianchi. */
export declare const DEMO_AGENT_NAMES: Record<string, string>;
