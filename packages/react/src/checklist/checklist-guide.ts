import type { ChecklistGuide, GuidepostDefinition } from '@guidepost/core';

/** The checklist `id` names in a definition, or `undefined` when it is not a checklist. */
export function checklistGuide(
  definition: GuidepostDefinition,
  id: string,
): ChecklistGuide | undefined {
  const guide = Object.hasOwn(definition.guides, id) ? definition.guides[id] : undefined;
  return guide?.kind === 'checklist' ? guide : undefined;
}
