import { scopeInputOf, type Guidepost, type TouchTier } from '@guidepost/core';
import { targetingOf } from '../../hooks/targeting-of';

/** Where a user stands in a definition's touch model and segments. */
export interface PersonaProfile {
  readonly tier: TouchTier;
  /** The definition's segments the user is in, in definition order. */
  readonly segments: readonly string[];
}

/** The touch tier and segments of the user `engine` runs for, as the devtools list them. */
export function personaProfile(engine: Guidepost): PersonaProfile {
  const state = engine.getState();
  const targeting = targetingOf(engine);
  const matched = targeting.segments(targeting.scope(scopeInputOf(state, engine.now())));
  return {
    tier: state.tier,
    segments: Object.keys(matched).filter((name) => matched[name] === true),
  };
}
