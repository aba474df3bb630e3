import type { GuidepostDefinition, TooltipGuide } from '@guidepost/core';

/** The tooltip guide `id` of a definition; `undefined` when there is none or it is another kind. */
export function tooltipGuide(
  definition: GuidepostDefinition,
  id: string,
): TooltipGuide | undefined {
  const guide = Object.hasOwn(definition.guides, id) ? definition.guides[id] : undefined;
  return guide?.kind === 'tooltip' ? guide : undefined;
}
