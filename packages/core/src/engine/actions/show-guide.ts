import { queueEvent, progressOf, writeProgress, type EngineCore } from '../model/engine-core';
import { markShown, startGuide } from '../progress/progress-table';

/**
 * Opens a guide in this tab. From `idle` or `snoozed` it is a new show (counted, with
 * `guide_shown`); an `active` guide resumes where it stood, uncounted. Tours also report the
 * step they open on.
 */
export function openGuide(core: EngineCore, id: string): void {
  const settings = core.settings.get(id);
  if (settings === undefined) return;
  const now = core.clock();
  const before = progressOf(core, id);
  const resumed = before.status === 'active';
  const started = startGuide(before, { stepIds: settings.stepIds, now });
  const after = resumed ? started : markShown(started, now);
  writeProgress(core, id, after);
  core.plugins.pacing?.opened(core, id, resumed);
  core.session.open.add(id);
  core.session.armed.delete(id);
  core.session.heldElsewhere.delete(id);
  core.session.closed.delete(id);
  if (!resumed) {
    queueEvent(core, 'guide_shown', id, {});
    core.plugins.goals?.start(core, id, 'shown');
  }
  if (settings.kind === 'tour' && after.stepId !== undefined) {
    queueEvent(core, 'step_viewed', id, { stepId: after.stepId, stepIndex: after.stepIndex ?? 0 });
  }
}

/** Closes a guide in this tab only (its stored status is untouched) and lets go of its claim. */
export function closeGuide(core: EngineCore, id: string): void {
  core.session.open.delete(id);
  const release = core.session.releases.get(id);
  if (release === undefined) return;
  core.session.releases.delete(id);
  release();
}
