import type { GuideProgress } from '../persistence/types';
import { placeAtStep, resolveStep } from './progress/resolve-step';
import type { TransitionInput } from './progress/progress-table';

/** Moves an `active` guide back one step; at the first step, or in any other status, nothing changes. */
export function retreatStep(progress: GuideProgress, input: TransitionInput): GuideProgress {
  if (progress.status !== 'active') return progress;
  const here = resolveStep(progress, input.stepIds);
  const previousId = input.stepIds[here.stepIndex - 1];
  const target =
    previousId === undefined ? here : { stepIndex: here.stepIndex - 1, stepId: previousId };
  return placeAtStep(progress, target, input.now);
}
