// Types for demo-links.mjs, so TypeScript (seed, tests) can import it without allowJs.
import type { DemoResponse } from './demo-data.mjs';

export interface DemoLinkOptions {
  /** The demo responses: each signed email answer gets the link it came through. */
  responses: DemoResponse[];
  site?: string;
  survey?: string;
  /** created_at of the unanswered links falls in (now − days, now]; default 90. */
  days?: number;
  now?: number;
  seed?: number;
  ticketStart?: number;
}

/** One row of the `links` table. */
export interface DemoLink {
  id: string;
  site_id: string;
  survey_id: string;
  ticket: string;
  agent: string;
  channel: string;
  customer: string;
  lang: 'it' | 'en';
  created_at: number;
  expires_at: number;
  opened_at: number | null;
  answered_at: number | null;
}

export declare function demoLinks(options: DemoLinkOptions): DemoLink[];
export declare function demoLinksSql(options: DemoLinkOptions): { sql: string[]; count: number };
