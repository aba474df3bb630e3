import { SNAPSHOT_VERSION } from './types';
import type { GuideProgress, Snapshot } from './types';

/**
 * A snapshot with no progress and no events: what a user starts from.
 *
 * @example
 * const snapshot = emptySnapshot('user-42');
 */
export function emptySnapshot(userId: string): Snapshot {
  return { v: SNAPSHOT_VERSION, userId, guides: {}, events: {} };
}

/**
 * Progress for a guide that was never shown, at the given guide version.
 *
 * @example
 * const progress = emptyProgress(2);
 */
export function emptyProgress(version = 1): GuideProgress {
  return { status: 'idle', version, resetAt: 0, shows: 0 };
}
