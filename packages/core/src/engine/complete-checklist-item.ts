import type { GuideProgress } from '../persistence/types';

/**
 * Ticks one checklist item, remembering when. Items are facts about the user, so they are
 * recorded whatever the checklist's status; an item already ticked keeps its first time.
 */
export function completeChecklistItem(
  progress: GuideProgress,
  itemId: string,
  now: number,
): GuideProgress {
  const items = progress.items ?? {};
  if (Object.hasOwn(items, itemId)) return progress;
  return { ...progress, items: { ...items, [itemId]: now } };
}
