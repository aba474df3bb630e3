import type { Guidepost } from '@guidepost/core';
import type { TargetingSource } from '../targeting/targeting-context';

/**
 * The targeting hooks' source under `GuidepostProvider`: the engine itself. It answers rules
 * by its clock, user, tracked events and guide states, and its one timer wakes the hooks at a
 * rule's time boundary. False on the server, during hydration and until the user's progress
 * is loaded, when usage and guide states are unknown.
 *
 * @example
 * const source = engineTargetingSource(guidepost);
 */
export function engineTargetingSource(guidepost: Guidepost): TargetingSource {
  return {
    subscribe: (onChange) => guidepost.subscribe(onChange),
    watch: (rule, onChange) => guidepost.watchRule(rule, onChange),
    holds: (rule, server) => !server && guidepost.holds(rule),
    tier: (server) => (server ? guidepost.getServerSnapshot() : guidepost.getState()).tier,
  };
}
