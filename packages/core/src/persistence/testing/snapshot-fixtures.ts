import { emptySnapshot } from '../empty-snapshot';
import type { GuideProgress, Snapshot } from '../types';

/** A guide the user dismissed at `at`, after one show of version 1. */
export const dismissedAt = (at: number): GuideProgress => ({
  status: 'dismissed',
  version: 1,
  resetAt: 0,
  shows: 1,
  dismissedAt: at,
});

/** User `u1`'s snapshot holding `guides` and nothing else. */
export const withGuides = (guides: Snapshot['guides']): Snapshot => ({
  ...emptySnapshot('u1'),
  guides,
});
