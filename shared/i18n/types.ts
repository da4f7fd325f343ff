// The wording a survey needs in one language. Shipped defaults live beside this file, one per language.
export interface FollowUpText {
  negative: string;
  neutral: string;
  positive: string;
}

export interface QuestionText {
  prompt: string;
  /** csat and ces: the five point labels; nps: the anchors of 0 and 10. */
  labels: string[];
  followUp: FollowUpText;
}

export interface SurveyText {
  title: string;
  csat: QuestionText;
  ces: QuestionText;
  nps: QuestionText;
  aspectsPrompt: string;
  aspects: Record<string, string>;
  commentLabel: string;
  /** Moves to the next question. */
  next: string;
  send: string;
  thanks: string;
  dismiss: string;
  /** Back to the previous step. */
  back: string;
  /** Where the customer is, e.g. "Question {n} of {m}". */
  progress: string;
  /** The ends of the 1–5 aspect scales. */
  aspectAnchors: [string, string];
  /** The email landing page (/s/<token>) only. */
  page: PageText;
}

/** Wording of the email landing page around the questions. */
export interface PageText {
  /** Under a score the email's button chose: nothing is stored yet. */
  notSent: string;
  /** A re-opened link with another score: {old} is stored, {new} replaces it when sent. */
  change: string;
  /** A re-opened link with the same score (or none): {old} is stored. */
  recorded: string;
  /** After the first answer is stored: the optional rest of the survey. */
  more: string;
  /** Under `more`: how those answers are kept. */
  moreHint: string;
  /** A link back to the first step. */
  changeAnswer: string;
  /** Once the optional questions are sent too. */
  allDone: string;
}
