import type { Guidepost, GuidepostState, GuideExplanation, GuideKind } from '@guidepost/core';

/** Where a guide stands for the current user: on screen, free to show, or held back. */
export type GuideVerdict = 'shown' | 'eligible' | 'not eligible';

/** One guide as the devtools list it. */
export interface GuideVerdictRow {
  readonly guideId: string;
  readonly kind: GuideKind | undefined;
  readonly verdict: GuideVerdict;
  /** The engine's one-line reasons; empty unless the guide is held back. */
  readonly reasons: readonly string[];
}

/**
 * Every guide of the definition, in definition order, with its verdict and, when it is held
 * back, the reasons `explain` gives ("audience: plan is 'free'; the rule wants one of …").
 */
export function guideVerdicts(guidepost: Guidepost, state: GuidepostState): GuideVerdictRow[] {
  const { definition } = guidepost;
  return definition.guideIds.map((guideId) => {
    const explanation: GuideExplanation = guidepost.explain(guideId);
    const verdict: GuideVerdict = state.guides[guideId]?.open
      ? 'shown'
      : explanation.eligible
        ? 'eligible'
        : 'not eligible';
    return {
      guideId,
      kind: definition.guides[guideId]?.kind,
      verdict,
      reasons:
        verdict === 'not eligible' ? explanation.reasons.map((reason) => reason.message) : [],
    };
  });
}
