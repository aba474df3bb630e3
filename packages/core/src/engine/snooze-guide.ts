import type { GuideProgress } from '../persistence/types';
import { stampAfter } from './stamp-after';
import { isTerminal } from './progress/progress-table';

/**
 * Puts a guide off until `until` (epoch ms); it may show again from then on. A time that is
 * not in the future, or a completed or dismissed guide, changes nothing. The step position is
 * kept, so a snoozed tour starts over from its first step only when it shows again.
 */
export function snoozeGuide(progress: GuideProgress, until: number, now: number): GuideProgress {
  if (isTerminal(progress.status) || !(until > now)) return progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...progress, status: 'snoozed', statusAt, snoozedUntil: until };
}
