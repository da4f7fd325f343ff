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
}
