import type { Guidepost, GuidepostState, Rule } from '@guidepost/core';
import { scopeInputOf } from '@guidepost/core/internal';
import type { TargetingSource } from '../targeting/targeting-context';
import { targetingOf } from '../targeting/targeting-of';

/**
 * The targeting hooks' source under `GuidepostProvider`: rules evaluated over the engine's
 * state (its user, tracked events and guide states), told of every state change. False on the
 * server, during hydration and until the user's progress is loaded, when usage and guide
 * states are unknown.
 *
 * @example
 * const source = engineTargetingSource(guidepost, Date.now);
 */
export function engineTargetingSource(guidepost: Guidepost, now: () => number): TargetingSource {
  const targeting = targetingOf(guidepost);
  const stateOf = (server: boolean): GuidepostState =>
    server ? guidepost.getInitialState() : guidepost.getState();
  return {
    subscribe: (onChange) => guidepost.subscribe(onChange),
    holds: (rule: Rule, at, server) => {
      const state = stateOf(server);
      return state.ready && targeting.evaluate(rule, scopeInputOf(state, at));
    },
    tier: (server) => stateOf(server).tier,
    nextBoundary: (rule, at) => {
      const state = guidepost.getState();
      return state.ready ? targeting.nextBoundary(rule, scopeInputOf(state, at)) : undefined;
    },
    now,
  };
}
