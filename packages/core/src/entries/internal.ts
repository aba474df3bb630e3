/**
 * `@guidepost/core/internal`: what `@guidepost/react` needs from the engine beyond the public
 * surface. Not public: these exports may change in any release, without a major version.
 */
export { scopeInputOf } from '../engine/scope-input-of';
export { stepRouteMatches } from '../engine/step-route-matches';
export { createManualClock, type ManualClock } from '../engine/manual-clock';
