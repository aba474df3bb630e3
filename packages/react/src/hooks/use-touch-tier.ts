'use client';
import type { GuidepostState, TouchTier } from '@guidepost/core';
import { useStore } from 'zustand';
import { useGuidepostContext } from '../provider/guidepost-context';

const selectTier = (state: GuidepostState): TouchTier => state.tier;

/**
 * The provider's user's touch tier (`high`, `low` or `tech`) from the definition's touch model.
 * `tech` on the server and during hydration, until the engine has evaluated the user.
 *
 * @example
 * function Help() {
 *   return useTouchTier() === 'high' ? <BookACall /> : <HelpCenterLink />;
 * }
 */
export function useTouchTier(): TouchTier {
  const { guidepost } = useGuidepostContext('useTouchTier');
  return useStore(guidepost, selectTier);
}
