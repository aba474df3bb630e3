import type { GuideProgress } from './types';

/** The part of a guide's progress that says which round of showing it belongs to. */
export type GuideEpoch = Pick<GuideProgress, 'version' | 'resetAt'>;

/**
 * Orders two epochs: a higher guide version first, then a later reset. Negative when `a` is
 * older, positive when newer, 0 when both are the same epoch.
 */
export function compareEpochs(a: GuideEpoch, b: GuideEpoch): number {
  if (a.version !== b.version) return a.version < b.version ? -1 : 1;
  if (a.resetAt !== b.resetAt) return a.resetAt < b.resetAt ? -1 : 1;
  return 0;
}
