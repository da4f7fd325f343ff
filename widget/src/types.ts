// What the loader hands the UI: the survey in one language, the embed's settings, and the queue.
import type { ResolvedSurvey } from '../../shared/i18n';
import type { Answers } from '../../shared/schemas';

export type { Answers };

export interface SurveyDef extends ResolvedSurvey {
  site: string;
  survey: string;
  settings: { minDaysBetweenSurveys: number };
}

/** The script's data-* (site, ticket, token, agent, channel, customer, mode, target, theme…), merged with voce.open({…}). */
export type Options = Record<string, string | undefined>;

/** A response as posted to /api/v1/responses. */
export interface Body {
  id: string;
  answers: Answers;
  [field: string]: unknown;
}

export interface MountOptions {
  def: SurveyDef;
  opts: Options;
  prefill: Answers;
  /** Queues the response (replacing its earlier version) and sends it after `delay` ms. */
  send(body: Body, delay: number): void;
}

export interface Mounted {
  close(): void;
}
