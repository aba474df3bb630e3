'use client';
/**
 * `@guidepost/react/targeting`: the targeting hooks and `TargetingProvider`, without the guide
 * engine or any component. The hooks also work under `GuidepostProvider`.
 */
export { TargetingProvider } from '../targeting/targeting-provider';
export type { TargetingProviderProps } from '../targeting/targeting-provider';
export { useSegment } from '../hooks/use-segment';
export { useTargeting } from '../hooks/use-targeting';
export type { RuleOf } from '../hooks/use-targeting';
export { useTouchTier } from '../hooks/use-touch-tier';
