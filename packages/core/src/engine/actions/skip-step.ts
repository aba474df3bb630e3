import { dismissAction } from './status-actions';
import { progressOf, queueEvent, writeProgress, type EngineCore } from '../model/engine-core';
import { placeAtStep, resolveStep } from '../progress/resolve-step';

/** Which way a tour was going when it skipped a step: the way it goes on. */
export type SkipDirection = 'forward' | 'back';

/**
 * Passes over the step an active tour stands on, never shown (its target did not appear):
 * `step_skipped` for it, never `step_completed`, then `step_viewed` for the step after it (or
 * before it, going `back`, unless it is the first). A tour that runs out of steps this way does
 * not complete, as its last step was never shown: it ends dismissed with the reason
 * `target_missing`, as a step's `onMissing: 'end'` ends it.
 */
export function skipStep(core: EngineCore, id: string, direction: SkipDirection): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const before = progressOf(core, id);
  if (before.status !== 'active') return;
  const stepIds = settings.stepIds;
  const here = resolveStep(before, stepIds);
  if (here.stepId === undefined) return;
  queueEvent(core, 'step_skipped', id, {
    stepId: here.stepId,
    stepIndex: here.stepIndex,
    reason: 'target_missing',
  });
  const toIndex =
    direction === 'back' && here.stepIndex > 0 ? here.stepIndex - 1 : here.stepIndex + 1;
  const toId = stepIds[toIndex];
  if (toId === undefined) {
    dismissAction(core, id, 'target_missing');
    return;
  }
  writeProgress(core, id, placeAtStep(before, { stepIndex: toIndex, stepId: toId }, core.clock()));
  queueEvent(core, 'step_viewed', id, { stepId: toId, stepIndex: toIndex });
}
