import { parseDuration, toEpochMs } from '../../targeting';
import type { GuideDismissReason } from '../../analytics/types';
import type { GuideProgress } from '../../persistence/types';
import { closeShow, dismissGuide, resetGuide, snoozeGuide } from '../progress/progress-table';
import { progressOf, queueEvent, writeProgress, type EngineCore } from '../model/engine-core';
import { resolveStep } from '../progress/resolve-step';
import { closeGuide } from './show-guide';
import type { GuideCloseReason, SnoozeFor } from '../model/types';

/** The step an active guide stood on, as event fields. */
function stepFields(before: GuideProgress, stepIds: readonly string[]): { stepId?: string } {
  const { stepId } = resolveStep(before, stepIds);
  return before.status === 'active' && stepId !== undefined ? { stepId } : {};
}

/**
 * Dismisses a guide for good in its version: `guide_dismissed` with the `reason` ("don't show
 * again" unless told otherwise) and the step it was on.
 */
export function dismissAction(
  core: EngineCore,
  id: string,
  reason: GuideDismissReason = 'dont_show_again',
): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const before = progressOf(core, id);
  const after = dismissGuide(before, core.clock());
  if (after === before) return;
  writeProgress(core, id, after);
  queueEvent(core, 'guide_dismissed', id, {
    reason,
    ...stepFields(before, settings.stepIds),
  });
}

/**
 * Closes the show of a guide for now. With a `reason` (Escape, a close button) it is reported as
 * `guide_dismissed` with that reason; without one (a hint the user moved away from) the show
 * ends quietly. A modal guide closed this way does not come back in this tab until a trigger
 * fires again (`start`, its event or route); the next session shows it as its `frequency`
 * allows. An inline guide (a hint) may show again at once when its `frequency` allows.
 */
export function closeAction(core: EngineCore, id: string, reason?: GuideCloseReason): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const before = progressOf(core, id);
  const after = closeShow(before, core.clock());
  if (after === before) return;
  writeProgress(core, id, after);
  closeGuide(core, id);
  core.session.armed.delete(id);
  if (settings.channel === 'modal') core.session.closed.add(id);
  if (reason !== undefined) {
    queueEvent(core, 'guide_dismissed', id, { reason, ...stepFields(before, settings.stepIds) });
  }
}

/** When a snooze of `span` from `now` ends, or `undefined` when `span` cannot be read. */
export function snoozeEnd(span: SnoozeFor, now: number): number | undefined {
  if (typeof span === 'number') return Number.isFinite(span) ? now + span : undefined;
  if (typeof span === 'string') {
    const ms = parseDuration(span);
    return ms === undefined ? undefined : now + ms;
  }
  return toEpochMs(span.until);
}

/** Puts a guide off (`guide_snoozed`); a span that cannot be read or is not ahead does nothing. */
export function snoozeAction(core: EngineCore, id: string, span: SnoozeFor): void {
  if (!core.settings.has(id)) return;
  const now = core.clock();
  const until = snoozeEnd(span, now);
  if (until === undefined) return;
  const before = progressOf(core, id);
  const after = snoozeGuide(before, until, now);
  if (after === before) return;
  writeProgress(core, id, after);
  queueEvent(core, 'guide_snoozed', id, { until });
}

/**
 * Forgets the progress of the given guides so they may show again, closes them here, and
 * restarts their goal clocks with the `goals()` plugin (see `restartGoal`).
 */
export function resetAction(core: EngineCore, ids: readonly string[]): void {
  const now = core.clock();
  const goals = core.plugins.goals;
  for (const id of ids) {
    if (!core.settings.has(id)) continue;
    const goal = goals?.state?.(core, id);
    writeProgress(core, id, resetGuide(progressOf(core, id), now));
    goals?.restart?.(core, id, goal);
    closeGuide(core, id);
    core.session.armed.delete(id);
    core.session.heldElsewhere.delete(id);
    core.session.claimedElsewhere.delete(id);
    core.session.closed.delete(id);
  }
}
