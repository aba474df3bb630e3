import type { Labels } from './labels';

/** The English labels, used unless others are given. */
export const defaultLabels: Labels = Object.freeze({
  next: 'Next',
  back: 'Back',
  skip: 'Skip',
  done: 'Done',
  close: 'Close',
  stepProgress: 'Step {current} of {total}',
  dontShowAgain: "Don't show again",
  openHint: 'Open hint',
  checklist: 'Checklist',
  checklistProgress: '{done} of {total} done',
});
