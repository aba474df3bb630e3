import { createTargeting } from '@guidepost/core';

const targeting = createTargeting({
  segments: { trial: { attr: 'plan', eq: 'trial' } },
  touchModel: { high: { attr: 'ltv', gte: 50_000 }, low: { attr: 'ltv', gte: 5_000 } },
});

/** Targeting without React or the engine: `createTargeting` and `evaluate` on one scope. */
export function isLateTrial(user: { readonly plan: string; readonly signedUpAt: number }): boolean {
  const context = targeting.scope({ user, now: Date.now() });
  return targeting.evaluate(
    { all: [{ segment: 'trial' }, { daysSince: 'signedUpAt', gte: 10 }, { tier: 'tech' }] },
    context,
  );
}
