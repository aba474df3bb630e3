import type { ChecklistGuide, ChecklistItem } from '../guides/types';
import type { RuleContext } from '../targeting/types';
import { evaluateFor, guideOf, type EngineCore } from './model/engine-core';

/** The checklist definition of `id`, or `undefined` when it is not a checklist. */
export function checklistOf(core: EngineCore, id: string): ChecklistGuide | undefined {
  const guide = guideOf(core, id);
  return guide?.kind === 'checklist' ? guide : undefined;
}

/** Whether the user sees one item now: it has no audience, or its audience holds. */
export function isItemVisible(
  core: EngineCore,
  checklistId: string,
  item: ChecklistItem,
  scope: RuleContext,
): boolean {
  const rule = item.audience;
  if (rule === undefined) return true;
  return evaluateFor(core, checklistId, () => core.targeting.evaluate(rule, scope));
}

/**
 * The ids of the items of a checklist that the user sees, in definition order. Until the
 * user's progress is loaded (and on the server) usage and guide states are unknown, so items
 * with an audience are left out rather than shown and then taken away. A disabled checklist
 * keeps only the items without an audience, and a rule that throws disables the checklist.
 */
export function visibleItemIds(
  core: EngineCore,
  checklistId: string,
  scope: () => RuleContext,
): string[] {
  const checklist = checklistOf(core, checklistId);
  if (checklist === undefined) return [];
  const judge = core.session.ready && !core.session.disabled.has(checklistId);
  return checklist.items
    .filter(
      (item) =>
        item.audience === undefined || (judge && isItemVisible(core, checklistId, item, scope())),
    )
    .map((item) => item.id);
}
