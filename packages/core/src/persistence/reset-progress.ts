import type { GuideProgress } from './types';

/**
 * Starts a new epoch for a guide: idle, no shows, no step, no facts. The new epoch outranks the
 * old one in every merge, so the reset reaches other tabs and the server instead of being undone
 * by them. When the clock reads no later than the previous reset, the new one goes 1 ms after it.
 *
 * @example
 * const fresh = resetProgress(snapshot.guides.welcome, Date.now());
 */
export function resetProgress(progress: GuideProgress, at: number): GuideProgress {
  const resetAt = at > progress.resetAt ? at : progress.resetAt + 1;
  return { status: 'idle', version: progress.version, resetAt, shows: 0 };
}
