export { useAnchor } from './use-anchor';
export { useGuide } from './use-guide';
export { useSegment } from './use-segment';
export { useTargeting } from './use-targeting';
export { useTouchTier } from './use-touch-tier';
export { useTour } from './use-tour';
export { useTrack } from './use-track';

export type { RuleOf } from './use-targeting';
export type { UseTourResult } from './use-tour';
export type { TrackFunction } from './use-track';
