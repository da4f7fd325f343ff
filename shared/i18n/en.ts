// English wording (SPEC.md table). Register: "you", plain and neutral; no gendered forms.
// CSAT labels: the usual five-point satisfaction scale, with "Neither satisfied nor dissatisfied"
// (not "Neutral") in the middle, as most published CSAT scales have it.
import type { SurveyText } from './types';

export const en: SurveyText = {
  title: 'How did we do?',
  csat: {
    prompt: 'How satisfied are you with the help you received?',
    labels: ['Very dissatisfied', 'Dissatisfied', 'Neither satisfied nor dissatisfied', 'Satisfied', 'Very satisfied'],
    followUp: {
      negative: 'What went wrong?',
      neutral: 'What could we have done better?',
      positive: 'What did you like most?',
    },
  },
  ces: {
    prompt: 'Compared with what you expected, how much effort did it take to solve your problem?',
    labels: [
      'Much less than expected',
      'Less than expected',
      'About as expected',
      'More than expected',
      'Much more than expected',
    ],
    followUp: {
      negative: 'What made it harder than it should have been?',
      neutral: 'What would have made it easier?',
      positive: 'What made it easy?',
    },
  },
  nps: {
    prompt: 'How likely are you to recommend us to a friend or colleague?',
    labels: ['Not at all likely', 'Extremely likely'],
    followUp: {
      negative: 'What should we have done better?',
      neutral: 'What would make you more likely to recommend us?',
      positive: 'What did you like most?',
    },
  },
  aspectsPrompt: 'How would you rate the agent who helped you?',
  aspects: { courtesy: 'Courtesy', competence: 'Competence', speed: 'Speed' },
  commentLabel: 'Your comment (optional)',
  next: 'Next',
  send: 'Send',
  thanks: 'Thank you for your feedback!',
  dismiss: 'Close',
  back: 'Back',
  progress: 'Question {n} of {m}',
  aspectAnchors: ['Poor', 'Excellent'],
  page: {
    notSent: 'Not sent yet: press “Send” to save it.',
    change: 'You answered “{old}”. Sending will change it to “{new}”.',
    recorded: 'Your answer “{old}” is recorded. You can add a comment or change it.',
    more: 'A few more questions (optional)',
    moreHint: 'Each answer is saved as you choose it.',
    changeAnswer: 'Change your answer',
    allDone: 'All your answers are saved. Thank you!',
  },
};
