import type { GuideProgress, Snapshot } from '@guidepost/core';

/** A snapshot of `userId` with the given guides, as a client would send it. */
export function snapshotOf(
  userId: string,
  guides: Readonly<Record<string, Partial<GuideProgress>>> = {},
): Snapshot {
  const full: Record<string, GuideProgress> = {};
  for (const [id, progress] of Object.entries(guides)) {
    full[id] = { status: 'idle', version: 1, resetAt: 0, shows: 0, ...progress };
  }
  return { v: 1, userId, guides: full, events: {} };
}

export const dismissed = (at: number): Partial<GuideProgress> => ({
  status: 'dismissed',
  statusAt: at,
  dismissedAt: at,
  shows: 1,
  lastShownAt: at - 1,
});

export const snoozed = (at: number, until: number): Partial<GuideProgress> => ({
  status: 'snoozed',
  statusAt: at,
  snoozedUntil: until,
  shows: 1,
  lastShownAt: at - 1,
});
