import type { GuideProgress } from '../persistence/types';
import { placeAtStep, resolveStep } from './progress/resolve-step';
import { stampAfter } from './stamp-after';
import { isTerminal, type TransitionInput } from './progress/progress-table';

/**
 * Opens a guide at its first step, or resumes an `active` one where it stands (its stored
 * step re-resolved against the current steps). A completed or dismissed guide is returned
 * unchanged: terminal facts are only undone by `resetGuide`.
 *
 * @example
 * startGuide(progress, { stepIds: ['intro', 'create'], now: Date.now() });
 */
export function startGuide(progress: GuideProgress, input: TransitionInput): GuideProgress {
  if (isTerminal(progress.status)) return progress;
  if (progress.status === 'active') {
    return placeAtStep(progress, resolveStep(progress, input.stepIds), input.now);
  }
  const { snoozedUntil: _snoozedUntil, stepId: _stepId, ...rest } = progress;
  const first = input.stepIds[0];
  const statusAt = stampAfter(progress.statusAt, input.now);
  const stepAt = stampAfter(progress.stepAt, input.now);
  return first === undefined
    ? { ...rest, status: 'active', statusAt, stepIndex: 0, stepAt }
    : { ...rest, status: 'active', statusAt, stepIndex: 0, stepId: first, stepAt };
}
