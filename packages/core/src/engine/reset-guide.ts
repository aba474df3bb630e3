import type { GuideProgress } from '../persistence/types';
import { resetProgress } from '../persistence';

/**
 * Forgets a guide's progress so it may show again: a new epoch (`resetAt`) that outranks the
 * old facts in every merge, so other tabs and the server take the reset instead of undoing it.
 */
export function resetGuide(progress: GuideProgress, now: number): GuideProgress {
  return resetProgress(progress, now);
}
