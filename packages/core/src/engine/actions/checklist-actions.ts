import { completeChecklistItem, completeGuide, isTerminal } from '../progress/progress-table';
import {
  progressOf,
  queueEvent,
  scopeNow,
  writeProgress,
  type EngineCore,
} from '../model/engine-core';
import { checklistOf, isItemVisible } from '../visible-items';

/**
 * Ticks one item of a checklist (`checklist_item_completed`). When every item this user sees
 * is done, the checklist completes: the core decides, the component may keep it on screen
 * while it animates out. Unknown items change nothing.
 */
export function tickItem(core: EngineCore, checklistId: string, itemId: string): void {
  const checklist = checklistOf(core, checklistId);
  if (checklist === undefined || !checklist.items.some((item) => item.id === itemId)) return;
  const before = progressOf(core, checklistId);
  const after = completeChecklistItem(before, itemId, core.clock());
  if (after === before) return;
  writeProgress(core, checklistId, after);
  queueEvent(core, 'checklist_item_completed', checklistId, { itemId });
  if (isTerminal(after.status)) return;
  const scope = scopeNow(core);
  const done = after.items ?? {};
  const allDone = checklist.items.every(
    (item) => Object.hasOwn(done, item.id) || !isItemVisible(core, checklistId, item, scope),
  );
  if (allDone) finishGuide(core, checklistId);
}

/** Ticks the items that complete on this event, in every checklist. */
export function tickItemsForEvent(core: EngineCore, event: string): void {
  for (const id of core.ids) {
    for (const item of checklistOf(core, id)?.items ?? []) {
      const on = item.completeOn;
      if (on !== undefined && 'event' in on && on.event === event) tickItem(core, id, item.id);
    }
  }
}

/**
 * Completes a guide (`guide_completed`), then, with `checklistKind`, ticks the checklist items
 * that complete with it or start it.
 */
export function finishGuide(core: EngineCore, id: string): void {
  const before = progressOf(core, id);
  const after = completeGuide(before, core.clock());
  if (after === before) return;
  writeProgress(core, id, after);
  queueEvent(core, 'guide_completed', id, {});
  core.plugins.checklist?.guideFinished(core, id);
}

/** Ticks the checklist items that guide `id` completing completes (or that start it). */
export function tickItemsForGuide(core: EngineCore, id: string): void {
  for (const checklistId of core.ids) {
    for (const item of checklistOf(core, checklistId)?.items ?? []) {
      const on = item.completeOn;
      const byGuide = on !== undefined && 'guide' in on && on.guide === id;
      if (byGuide || item.startGuide === id) tickItem(core, checklistId, item.id);
    }
  }
}
