import type { GuideProgress } from '../persistence/types';
import { completeGuide } from './complete-guide';
import { placeAtStep, resolveStep } from './progress/resolve-step';
import type { TransitionInput } from './progress/progress-table';

/**
 * Moves an `active` guide to its next step; from the last step (or a guide without steps) it
 * completes the guide. Any other status is returned unchanged.
 */
export function advanceStep(progress: GuideProgress, input: TransitionInput): GuideProgress {
  if (progress.status !== 'active') return progress;
  const here = resolveStep(progress, input.stepIds);
  const nextIndex = here.stepIndex + 1;
  const nextId = input.stepIds[nextIndex];
  if (nextId === undefined) return completeGuide(progress, input.now);
  return placeAtStep(progress, { stepIndex: nextIndex, stepId: nextId }, input.now);
}
