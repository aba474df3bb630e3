import { boundaryOfNode } from './boundary-of-node';
import { createBoundaryResolvers } from './boundary-resolvers';
import { internalsOf } from './compiled-model';
import type { LeanTargeting, Rule, ScopeInput } from './types';

/**
 * The time-boundary companion of a targeting: the earliest future epoch ms at which the rule's
 * result could change through time alone (a `daysSince` day turning, a windowed count
 * dropping), reaching into the targeting's segments and touch rules. What
 * `createTargeting().nextBoundary` does, for a targeting from `createLeanTargeting`, so that
 * only the apps that re-check on time carry it.
 *
 * @example
 * const at = nextRuleBoundary(targeting, { daysSince: 'signedUpAt', lte: 14 }, { user, now });
 * if (at !== undefined) setTimeout(recheck, at - Date.now());
 */
export function nextRuleBoundary(
  targeting: LeanTargeting,
  rule: Rule,
  context: ScopeInput,
): number | undefined {
  const { model, nodeFor } = internalsOf(targeting);
  return boundaryOfNode(nodeFor(rule), targeting.scope(context), createBoundaryResolvers(model));
}
