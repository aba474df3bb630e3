import type { GuideProgress } from '../persistence/types';
import { placeAtStep } from './progress/resolve-step';
import type { TransitionInput } from './progress/progress-table';

/** Moves an `active` guide to the step with `stepId`; an unknown id or another status changes nothing. */
export function goToStep(
  progress: GuideProgress,
  stepId: string,
  input: TransitionInput,
): GuideProgress {
  if (progress.status !== 'active') return progress;
  const index = input.stepIds.indexOf(stepId);
  if (index < 0) return progress;
  return placeAtStep(progress, { stepIndex: index, stepId }, input.now);
}
