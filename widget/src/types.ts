// What the loader hands the UI: the survey in one language, where to render, and how to deliver.
import type { ResolvedSurvey } from '../../shared/i18n';
import type { Answers } from '../../shared/schemas';

export type { Answers };

export interface SurveyDef extends ResolvedSurvey {
  site: string;
  survey: string;
  settings: { minDaysBetweenSurveys: number };
}

export interface MountOptions {
  def: SurveyDef;
  mode: 'inline' | 'popup';
  /** CSS selector of the element an inline survey renders into. */
  target?: string;
  theme?: string;
  prefill: Answers;
  /** Stores the answers so far (replacing earlier ones) and sends them after `delay` ms. */
  send(answers: Answers, delay: number): void;
  /** The customer sent the survey (final step) or closed it; either way, do not ask again. */
  done(sent: boolean): void;
}

export interface Mounted {
  close(): void;
}
