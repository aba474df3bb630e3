/**
 * `@guidepost/react/targeting`: the targeting hooks and `TargetingProvider`, without the guide
 * engine or any component. The hooks also work under `GuidepostProvider`. Built as re-exports
 * of the package's client module, so both entries share one React context.
 */
export { TargetingProvider, useSegment, useTargeting, useTouchTier } from '../index';
export type { RuleOf, TargetingProviderProps } from '../index';
