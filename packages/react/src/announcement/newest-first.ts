import { toEpochMs, type GuidepostDefinition } from '@guidepost/core';
import { announcementGuide } from './announcement-guide';

/**
 * Announcement ids ordered newest first by `publishedAt`; those without a date (or with one
 * that cannot be read) come last, and ties keep the order they were given in.
 *
 * @example
 * newestFirst(definition, ['release-11', 'release-12']); // ['release-12', 'release-11']
 */
export function newestFirst(definition: GuidepostDefinition, ids: readonly string[]): string[] {
  const published = (id: string) => {
    const at = announcementGuide(definition, id)?.publishedAt;
    const ms = at === undefined ? undefined : toEpochMs(at);
    return ms === undefined || Number.isNaN(ms) ? -Infinity : ms;
  };
  return ids
    .map((id, index) => ({ id, index, at: published(id) }))
    .sort((a, b) => (b.at === a.at ? a.index - b.index : b.at > a.at ? 1 : -1))
    .map(({ id }) => id);
}
