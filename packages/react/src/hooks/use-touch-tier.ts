'use client';
import type { TouchTier } from '@guidepost/core';
import { useCallback, useSyncExternalStore } from 'react';
import { useTargetingSource } from '../targeting/targeting-context';

/**
 * The user's touch tier (`high`, `low` or `tech`) from the touch model of the nearest
 * `GuidepostProvider` or `TargetingProvider`. Under `GuidepostProvider`: `tech` on the server
 * and during hydration, until the engine has evaluated the user.
 *
 * @example
 * function Help() {
 *   return useTouchTier() === 'high' ? <BookACall /> : <HelpCenterLink />;
 * }
 */
export function useTouchTier(): TouchTier {
  const source = useTargetingSource('useTouchTier');
  const getSnapshot = useCallback(() => source.tier(false), [source]);
  const getServerSnapshot = useCallback(() => source.tier(true), [source]);
  return useSyncExternalStore(source.subscribe, getSnapshot, getServerSnapshot);
}
