'use client';
import type { Guidepost, GuidepostState, Rule, Targeting } from '@guidepost/core';
import { useCallback, useSyncExternalStore } from 'react';
import { useGuidepostContext } from '../provider/guidepost-context';
import { scopeInputOf } from '@guidepost/core';
import { targetingOf } from './targeting-of';
import { useStructuralValue } from './use-structural-value';

/** `setTimeout` holds at most a signed 32-bit delay; a later boundary is reached in hops. */
const MAX_DELAY = 2_147_483_647;

function evaluateIn(targeting: Targeting, rule: Rule, state: GuidepostState, now: number): boolean {
  // Until the user's progress is loaded (and on the server) usage and guide states are unknown.
  return state.ready && targeting.evaluate(rule, scopeInputOf(state, now));
}

/**
 * Subscribes to the engine and to the rule's next time boundary: one timer, aimed again after
 * every change and kept when the boundary did not move, so time rules flip on time without
 * polling.
 */
function subscribeToRule(
  guidepost: Guidepost,
  targeting: Targeting,
  rule: Rule,
  now: () => number,
): (onChange: () => void) => () => void {
  return (onChange) => {
    let timer: { readonly handle: ReturnType<typeof setTimeout>; readonly at: number } | undefined;
    const aim = () => {
      const state = guidepost.getState();
      const current = now();
      const next = state.ready
        ? targeting.nextBoundary(rule, scopeInputOf(state, current))
        : undefined;
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
    const unsubscribe = guidepost.subscribe(() => {
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
 * Whether a rule holds for the provider's user now, kept current through the engine's state
 * and the rule's time boundaries. False on the server, during hydration and until the user's
 * progress is loaded.
 */
export function useRule(rule: Rule, caller: string): boolean {
  const { guidepost, now } = useGuidepostContext(caller);
  const stable = useStructuralValue(rule);
  const targeting = targetingOf(guidepost);
  const subscribe = useCallback(
    (onChange: () => void) => subscribeToRule(guidepost, targeting, stable, now)(onChange),
    [guidepost, targeting, stable, now],
  );
  const getSnapshot = useCallback(
    () => evaluateIn(targeting, stable, guidepost.getState(), now()),
    [guidepost, targeting, stable, now],
  );
  const getServerSnapshot = useCallback(
    () => evaluateIn(targeting, stable, guidepost.getInitialState(), now()),
    [guidepost, targeting, stable, now],
  );
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
