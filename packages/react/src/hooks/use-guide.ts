'use client';
import type { GuideId, GuidepostDefinition, GuidepostState, GuideView } from '@guidepost/core';
import { useCallback } from 'react';
import { useEngineState } from './use-engine-state';
import { useGuidepostContext } from '../provider/guidepost-context';
import type { RegisteredDefinition } from '../register/register';

/**
 * One guide as the engine shows it (status, `open`, step), or `undefined` for an id the
 * definition does not hold. The object keeps its identity until the guide changes, so only
 * the components that read this guide re-render when it does. On the server and during
 * hydration every guide reads as not open.
 *
 * @example
 * function HelpBadge() {
 *   const guide = useGuide('release-2026-12');
 *   return guide?.status === 'idle' ? <span>New</span> : null;
 * }
 */
export function useGuide<D extends GuidepostDefinition = RegisteredDefinition>(
  id: GuideId<D>,
): GuideView<GuideId<D>> | undefined {
  const { guidepost } = useGuidepostContext('useGuide');
  const select = useCallback(
    (state: GuidepostState) => (Object.hasOwn(state.guides, id) ? state.guides[id] : undefined),
    [id],
  );
  return useEngineState(guidepost, select) as GuideView<GuideId<D>> | undefined;
}
