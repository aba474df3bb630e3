import { createTargeting, type Guidepost, type Targeting } from '@guidepost/core';

const cache = new WeakMap<Guidepost, Targeting>();

/**
 * The targeting the devtools list segments with (an engine's segments and touch model), made once
 * per engine.
 * A rule error is reported to the engine once per message, after the render that found it.
 *
 * @example
 * const inTrial = targetingOf(guidepost).segment('trial', scope);
 */
export function targetingOf(guidepost: Guidepost): Targeting {
  const known = cache.get(guidepost);
  if (known !== undefined) return known;
  const reported = new Set<string>();
  const targeting = createTargeting({
    segments: guidepost.definition.segments,
    touchModel: guidepost.definition.touchModel,
    onError(error) {
      if (reported.has(error.message)) return;
      reported.add(error.message);
      // Rules run while React renders, when a store update is not allowed.
      queueMicrotask(() => guidepost.reportError(error));
    },
  });
  cache.set(guidepost, targeting);
  return targeting;
}
