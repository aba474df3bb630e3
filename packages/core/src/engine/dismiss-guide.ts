import type { GuideProgress } from '../persistence/types';
import { stampAfter } from './stamp-after';
import { isTerminal } from './progress/progress-table';

/**
 * Marks a guide dismissed (for its version): Escape, close, skip or "don't show again".
 * Completed or dismissed guides are returned unchanged.
 */
export function dismissGuide(progress: GuideProgress, now: number): GuideProgress {
  if (isTerminal(progress.status)) return progress;
  const { snoozedUntil: _snoozedUntil, ...rest } = progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...rest, status: 'dismissed', statusAt, dismissedAt: now };
}
