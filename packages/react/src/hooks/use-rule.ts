'use client';
import type { Rule } from '@guidepost/core';
import { useCallback, useSyncExternalStore } from 'react';
import { useTargetingSource } from '../targeting/targeting-context';
import { useStructuralValue } from '../parts/use-structural-value';

/**
 * Whether a rule holds for the nearest provider's user now: one subscription to the provider's
 * source, which tells of every change and of the rule's time boundaries. The hook keeps no
 * clock or timer of its own. Under `GuidepostProvider`: false on the server, during hydration
 * and until the user's progress is loaded.
 */
export function useRule(rule: Rule, caller: string): boolean {
  const source = useTargetingSource(caller);
  const stable = useStructuralValue(rule);
  const subscribe = useCallback(
    (onChange: () => void) => source.watch(stable, onChange),
    [source, stable],
  );
  const getSnapshot = useCallback(() => source.holds(stable, false), [source, stable]);
  const getServerSnapshot = useCallback(() => source.holds(stable, true), [source, stable]);
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
