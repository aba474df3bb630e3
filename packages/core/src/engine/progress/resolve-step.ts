import type { GuideProgress } from '../../persistence/types';
import { stampAfter } from './stamp-after';

/** Where a guide stands in its steps, after checking the stored position against the steps. */
export interface StepPosition {
  readonly stepIndex: number;
  /** The id of the step at `stepIndex`; `undefined` for guides without steps. */
  readonly stepId: string | undefined;
}

/**
 * Finds the step a stored position points at in the current step list. Steps may have been
 * added, removed or reordered since the position was written, so the step id wins; an id
 * that no longer exists falls back to the stored index, clamped into range. Never throws.
 *
 * @example
 * resolveStep({ stepId: 'create', stepIndex: 4 }, ['intro', 'create']); // { stepIndex: 1, stepId: 'create' }
 */
export function resolveStep(
  progress: Pick<GuideProgress, 'stepId' | 'stepIndex'>,
  stepIds: readonly string[],
): StepPosition {
  if (stepIds.length === 0) return { stepIndex: 0, stepId: undefined };
  if (progress.stepId !== undefined) {
    const byId = stepIds.indexOf(progress.stepId);
    if (byId >= 0) return { stepIndex: byId, stepId: progress.stepId };
  }
  const stored = progress.stepIndex;
  const index =
    stored === undefined || !Number.isFinite(stored)
      ? 0
      : Math.min(Math.max(Math.trunc(stored), 0), stepIds.length - 1);
  return { stepIndex: index, stepId: stepIds[index] };
}

/**
 * Returns `progress` placed at `position`, or `progress` itself when it is already there, so
 * unchanged guides keep their identity.
 */
export function placeAtStep(
  progress: GuideProgress,
  position: StepPosition,
  now: number,
): GuideProgress {
  if (progress.stepIndex === position.stepIndex && progress.stepId === position.stepId) {
    return progress;
  }
  const { stepId: _stepId, ...rest } = progress;
  const stepAt = stampAfter(progress.stepAt, now);
  return position.stepId === undefined
    ? { ...rest, stepIndex: position.stepIndex, stepAt }
    : { ...rest, stepIndex: position.stepIndex, stepId: position.stepId, stepAt };
}
