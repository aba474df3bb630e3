'use client';
import type { Rule } from '@guidepost/core';
import { useCallback, useSyncExternalStore } from 'react';
import { useTargetingSource, type TargetingSource } from '../targeting/targeting-context';
import { useStructuralValue } from './use-structural-value';

/** `setTimeout` holds at most a signed 32-bit delay; a later boundary is reached in hops. */
const MAX_DELAY = 2_147_483_647;

/**
 * Subscribes to the source and to the rule's next time boundary: one timer, aimed again after
 * every change and kept when the boundary did not move, so time rules flip on time without
 * polling.
 */
function subscribeToRule(
  source: TargetingSource,
  rule: Rule,
): (onChange: () => void) => () => void {
  return (onChange) => {
    let timer: { readonly handle: ReturnType<typeof setTimeout>; readonly at: number } | undefined;
    const aim = () => {
      const current = source.now();
      const next = source.nextBoundary?.(rule, current);
      const at = next !== undefined && next > current ? next : undefined;
      if (timer?.at === at) return;
      if (timer !== undefined) clearTimeout(timer.handle);
      timer = undefined;
      if (at === undefined) return;
      const handle = setTimeout(
        () => {
          timer = undefined;
          onChange();
          aim();
        },
        Math.min(at - current, MAX_DELAY),
      );
      timer = { handle, at };
    };
    const unsubscribe = source.subscribe(() => {
      onChange();
      aim();
    });
    aim();
    return () => {
      unsubscribe();
      if (timer !== undefined) clearTimeout(timer.handle);
    };
  };
}

/**
 * Whether a rule holds for the nearest provider's user now, kept current through the
 * provider's changes and the rule's time boundaries. Under `GuidepostProvider`: false on the
 * server, during hydration and until the user's progress is loaded.
 */
export function useRule(rule: Rule, caller: string): boolean {
  const source = useTargetingSource(caller);
  const stable = useStructuralValue(rule);
  const subscribe = useCallback(
    (onChange: () => void) => subscribeToRule(source, stable)(onChange),
    [source, stable],
  );
  const getSnapshot = useCallback(
    () => source.holds(stable, source.now(), false),
    [source, stable],
  );
  const getServerSnapshot = useCallback(
    () => source.holds(stable, source.now(), true),
    [source, stable],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
