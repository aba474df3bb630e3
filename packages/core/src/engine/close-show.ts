import type { GuideProgress } from '../persistence/types';
import { stampAfter } from './stamp-after';

/**
 * Ends the show in progress for now (Escape, a close button, a hint left): the guide goes back
 * to `idle` with the time it closed, keeping its show count, so it may show again as its
 * `frequency` allows and a `cooldown` counts from the close. Anything but an `active` guide is
 * returned unchanged.
 *
 * @example
 * closeShow(progress, Date.now()); // { ...progress, status: 'idle', statusAt: now, closedAt: now }
 */
export function closeShow(progress: GuideProgress, now: number): GuideProgress {
  if (progress.status !== 'active') return progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...progress, status: 'idle', statusAt, closedAt: now };
}
