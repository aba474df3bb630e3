import type { GuideProgress } from '../../persistence/types';
import { advanceStep, goToStep, retreatStep } from '../progress/progress-table';
import { queueEvent, progressOf, writeProgress, type EngineCore } from '../model/engine-core';
import { finishGuide } from './checklist-actions';
import { resolveStep } from '../progress/resolve-step';

/**
 * Moves a guide forward: `step_completed` for the step left, then `step_viewed` for the next,
 * or completes the guide from its last step.
 */
export function nextStep(core: EngineCore, id: string): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const before = progressOf(core, id);
  if (before.status !== 'active') return;
  const stepIds = settings.stepIds;
  const left = resolveStep(before, stepIds);
  const after = advanceStep(before, { stepIds, now: core.clock() });
  if (left.stepId !== undefined) {
    queueEvent(core, 'step_completed', id, { stepId: left.stepId, stepIndex: left.stepIndex });
  }
  if (after.status === 'completed') {
    finishGuide(core, id);
    return;
  }
  writeProgress(core, id, after);
  if (after.stepId !== undefined) {
    queueEvent(core, 'step_viewed', id, { stepId: after.stepId, stepIndex: after.stepIndex ?? 0 });
  }
}

/** Moves a guide back one step (`step_viewed`); nothing at the first step. */
export function previousStep(core: EngineCore, id: string): void {
  moveTo(core, id, (progress, stepIds, now) => retreatStep(progress, { stepIds, now }));
}

/** Jumps to a step by id (`step_viewed`); an unknown id changes nothing. */
export function jumpToStep(core: EngineCore, id: string, stepId: string): void {
  moveTo(core, id, (progress, stepIds, now) => goToStep(progress, stepId, { stepIds, now }));
}

function moveTo(
  core: EngineCore,
  id: string,
  move: (progress: GuideProgress, stepIds: readonly string[], now: number) => GuideProgress,
): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const before = progressOf(core, id);
  const after = move(before, settings.stepIds, core.clock());
  if (after === before) return;
  writeProgress(core, id, after);
  const moved = after.stepIndex !== resolveStep(before, settings.stepIds).stepIndex;
  if (moved && after.stepId !== undefined) {
    queueEvent(core, 'step_viewed', id, { stepId: after.stepId, stepIndex: after.stepIndex ?? 0 });
  }
}
