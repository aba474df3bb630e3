import { attributeRules, createLeanTargeting } from '@guidepost/core';

const targeting = createLeanTargeting({ kinds: [attributeRules] });

/** Targeting on attributes alone: `createLeanTargeting` with `attributeRules`, no React. */
export function canExport(user: { readonly plan: string; readonly seats: number }): boolean {
  return targeting.evaluate(
    {
      all: [
        { attr: 'plan', in: ['pro', 'enterprise'] },
        { attr: 'seats', gte: 5 },
      ],
    },
    { user, now: Date.now() },
  );
}
