import type { GuideProgress } from '../persistence/types';
import { stampAfter } from './stamp-after';
import { isTerminal } from './progress/progress-table';

/** Marks a guide completed (for its version). Completed or dismissed guides are returned unchanged. */
export function completeGuide(progress: GuideProgress, now: number): GuideProgress {
  if (isTerminal(progress.status)) return progress;
  const { snoozedUntil: _snoozedUntil, ...rest } = progress;
  const statusAt = stampAfter(progress.statusAt, now);
  return { ...rest, status: 'completed', statusAt, completedAt: now };
}
