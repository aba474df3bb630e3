import { parseDuration, toEpochMs } from '../targeting';
import { dismissGuide } from './dismiss-guide';
import { progressOf, queueEvent, writeProgress, type EngineCore } from './engine-core';
import { resetGuide } from './reset-guide';
import { resolveStep } from './resolve-step';
import { closeGuide } from './show-guide';
import { snoozeGuide } from './snooze-guide';
import type { SnoozeFor } from './types';

/** Dismisses a guide (`guide_dismissed`, with the step it was on). */
export function dismissAction(core: EngineCore, id: string): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const before = progressOf(core, id);
  const after = dismissGuide(before, core.clock());
  if (after === before) return;
  writeProgress(core, id, after);
  const { stepId } = resolveStep(before, settings.stepIds);
  const onStep = before.status === 'active' && stepId !== undefined;
  queueEvent(core, 'guide_dismissed', id, onStep ? { stepId } : {});
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

/** Forgets the progress of the given guides so they may show again, and closes them here. */
export function resetAction(core: EngineCore, ids: readonly string[]): void {
  const now = core.clock();
  for (const id of ids) {
    if (!core.settings.has(id)) continue;
    writeProgress(core, id, resetGuide(progressOf(core, id), now));
    closeGuide(core, id);
    core.session.armed.delete(id);
    core.session.heldElsewhere.delete(id);
    core.session.claimedElsewhere.delete(id);
  }
}
