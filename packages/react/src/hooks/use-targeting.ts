'use client';
import type { EventName, GuideId, GuidepostDefinition, Rule, SegmentName } from '@guidepost/core';
import type { RegisteredDefinition } from '../register/register';
import { useRule } from './use-rule';

/** A rule over a definition's names, so a misspelt segment, event or guide does not compile. */
export type RuleOf<D extends GuidepostDefinition> = Rule<SegmentName<D>, EventName<D>, GuideId<D>>;

/**
 * Whether a targeting rule holds for the provider's user. It is evaluated again when the user,
 * the tracked events or guide states change, and at the rule's next time boundary (a
 * `daysSince` day turning, a windowed count dropping) through one timer, never by polling. An
 * object literal is fine: a rule equal to the last one is not re-subscribed. False on the
 * server, during hydration and until the user's progress is loaded.
 *
 * @example
 * function UpgradeBanner() {
 *   const late = useTargeting({ all: [{ segment: 'trial' }, { daysSince: 'signedUpAt', gte: 10 }] });
 *   return late ? <Banner /> : null;
 * }
 */
export function useTargeting<D extends GuidepostDefinition = RegisteredDefinition>(
  rule: RuleOf<D>,
): boolean {
  return useRule(rule as Rule, 'useTargeting');
}
