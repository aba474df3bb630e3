import type { GuideProgress } from '../persistence/types';

/**
 * Counts one show of a guide: what `frequency` (`once`, `maxShows`, `cooldown`) reads.
 * Resuming a guide that is already `active` is the same show and is not counted again.
 */
export function markShown(progress: GuideProgress, now: number): GuideProgress {
  return { ...progress, shows: progress.shows + 1, lastShownAt: now };
}
