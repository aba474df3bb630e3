import type { AnnouncementGuide, GuidepostDefinition } from '@guidepost/core';

/** The announcement `id` names in a definition, or `undefined` when it is not an announcement. */
export function announcementGuide(
  definition: GuidepostDefinition,
  id: string,
): AnnouncementGuide | undefined {
  const guide = Object.hasOwn(definition.guides, id) ? definition.guides[id] : undefined;
  return guide?.kind === 'announcement' ? guide : undefined;
}

/** Every announcement id of a definition, in definition order. */
export function announcementIds(definition: GuidepostDefinition): string[] {
  return definition.guideIds.filter((id) => announcementGuide(definition, id) !== undefined);
}
