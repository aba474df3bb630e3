import { GuidepostError } from '../../errors/guidepost-error';
import {
  errorFields,
  guideOf,
  progressOf,
  queueEvent,
  type EngineCore,
} from '../model/engine-core';
import { resolveStep } from '../progress/resolve-step';
import { skipStep } from './skip-step';
import { dismissAction } from './status-actions';
import { centerStep, travelsBack } from './tour-travel';

/** What the engine made of a step whose target never appeared. */
export type TargetMissingOutcome = 'skipped' | 'centered' | 'ended' | 'ignored';

/**
 * A tour step's target never appeared: reported once as `target_not_found` (a `guide_error`
 * event and `onError`, with `detail` saying why), then the step's `onMissing` applies:
 *
 * - `'skip'` (the default): `step_skipped`, and on the way the user was going (back after a
 *   Back, forward otherwise). From the last step going forward there is nothing to skip to:
 *   the step shows centred instead, so the user still reads how the tour ends.
 * - `'center'`: the step shows centred (the view's `centered`).
 * - `'end'`: the tour ends dismissed with the reason `target_missing`.
 *
 * A report for a step the tour no longer stands on (it moved on meanwhile) is ignored.
 */
export function targetMissingAction(
  core: EngineCore,
  id: string,
  stepId: string,
  detail = 'no visible target',
): TargetMissingOutcome {
  const guide = guideOf(core, id);
  const settings = core.settings.get(id);
  if (guide?.kind !== 'tour' || settings === undefined || !core.session.open.has(id)) {
    return 'ignored';
  }
  const progress = progressOf(core, id);
  const here = resolveStep(progress, settings.stepIds);
  const step = guide.steps.find((candidate) => candidate.id === stepId);
  if (progress.status !== 'active' || here.stepId !== stepId || step === undefined) {
    return 'ignored';
  }
  const error = new GuidepostError('target_not_found', `tour '${id}' step '${stepId}': ${detail}`, {
    guideId: id,
    stepId,
  });
  queueEvent(core, 'guide_error', id, errorFields(error));
  core.outbox.errors.push(error);

  const policy = step.onMissing ?? 'skip';
  if (policy === 'end') {
    dismissAction(core, id, 'target_missing');
    return 'ended';
  }
  const backwards = travelsBack(core, id) && here.stepIndex > 0;
  const last = here.stepIndex >= settings.stepIds.length - 1;
  if (policy === 'center' || (!backwards && last)) {
    centerStep(core, id, stepId);
    return 'centered';
  }
  skipStep(core, id, backwards ? 'back' : 'forward');
  return 'skipped';
}
