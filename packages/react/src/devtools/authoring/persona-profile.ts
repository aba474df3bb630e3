import type { Guidepost, TouchTier } from '@guidepost/core';

/** Where a user stands in a definition's touch model and segments. */
export interface PersonaProfile {
  readonly tier: TouchTier;
  /** The definition's segments the user is in, in definition order. */
  readonly segments: readonly string[];
}

/** The touch tier and segments of the user `engine` runs for, as the devtools list them. */
export function personaProfile(engine: Guidepost): PersonaProfile {
  // The engine answers by its own clock, usage and guide states: the devtools judge nothing.
  return {
    tier: engine.getState().tier,
    segments: Object.keys(engine.definition.segments ?? {}).filter((name) =>
      engine.holds({ segment: name }),
    ),
  };
}
