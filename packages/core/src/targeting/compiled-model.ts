import type { RuleNodeCache } from './rule-node-cache';
import type { RuleNode } from './rule-node';
import type { TouchTier } from './types';

/** The compiled segments and touch rules of one targeting. */
export interface CompiledModel {
  readonly segments: ReadonlyMap<string, RuleNode>;
  /** Touch rules in the order they are tried. */
  readonly tiers: readonly (readonly [TouchTier, RuleNode])[];
}

/** What the companions of a targeting (explanations, time boundaries) reach through it. */
export interface TargetingInternals {
  readonly model: CompiledModel;
  /** The compiled node of a rule, with the targeting's kinds and error handler. */
  readonly nodeFor: RuleNodeCache;
}

/** Where a targeting keeps its internals, out of sight of its public type. */
export const INTERNALS: unique symbol = Symbol('guidepost.targeting');

/** A targeting as its companions see it. */
export interface WithInternals {
  readonly [INTERNALS]: TargetingInternals;
}

/** The internals of a targeting made by `createLeanTargeting` or `createTargeting`. */
export function internalsOf(targeting: object): TargetingInternals {
  const internals = (targeting as Partial<WithInternals>)[INTERNALS];
  // Only a targeting of this package reaches here through the public types.
  return internals as TargetingInternals;
}
