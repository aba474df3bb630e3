import type {
  GoalExplanation,
  Guidepost,
  GuidepostState,
  GuideExplanation,
  GuideKind,
} from '@guidepost/core';

/** Where a guide stands for the current user: on screen, free to show, or held back. */
export type GuideVerdict = 'shown' | 'eligible' | 'not eligible';

/**
 * Where a guide's goal stands, in the devtools' words: `not started` (no exposure or show yet),
 * `waiting` (the window is open), `reached` (the event came in time) or `expired`.
 */
export type GoalVerdict = 'not started' | 'waiting' | 'reached' | 'expired';

/** A guide's goal as the devtools show it. */
export interface GoalRow {
  /** The tracked event that reaches the goal. */
  readonly event: string;
  /** The window after the start, as defined (`'7d'`). */
  readonly within: string;
  readonly state: GoalVerdict;
  /** The engine's sentence for it, from `explain`. */
  readonly message: string;
}

/** One guide as the devtools list it. */
export interface GuideVerdictRow {
  readonly guideId: string;
  readonly kind: GuideKind | undefined;
  readonly verdict: GuideVerdict;
  /** The engine's one-line reasons; empty unless the guide is held back. */
  readonly reasons: readonly string[];
  /** The guide's goal and where it stands; absent when the guide declares none. */
  readonly goal?: GoalRow;
}

const GOAL_VERDICTS: Readonly<Record<GoalExplanation['state'], GoalVerdict>> = {
  not_started: 'not started',
  running: 'waiting',
  reached: 'reached',
  expired: 'expired',
};

function goalRowOf(goal: GoalExplanation | undefined): GoalRow | undefined {
  if (goal === undefined) return undefined;
  const { event, within, state, message } = goal;
  return { event, within, state: GOAL_VERDICTS[state], message };
}

/**
 * Every guide of the definition, in definition order, with its verdict and, when it is held
 * back, the reasons `explain` gives ("audience: plan is 'free'; the rule wants one of …"), and
 * its goal's state as `explain` reports it.
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
    const goal = goalRowOf(explanation.goal);
    return {
      guideId,
      kind: definition.guides[guideId]?.kind,
      verdict,
      reasons:
        verdict === 'not eligible' ? explanation.reasons.map((reason) => reason.message) : [],
      ...(goal === undefined ? {} : { goal }),
    };
  });
}
