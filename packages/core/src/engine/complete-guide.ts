import type { GuideProgress } from '../persistence/types';
import { isTerminal } from './transition-input';

/** Marks a guide completed (for its version). Completed or dismissed guides are returned unchanged. */
export function completeGuide(progress: GuideProgress, now: number): GuideProgress {
  if (isTerminal(progress.status)) return progress;
  const { snoozedUntil: _snoozedUntil, ...rest } = progress;
  return { ...rest, status: 'completed', statusAt: now, completedAt: now };
}
