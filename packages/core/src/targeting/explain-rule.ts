import { internalsOf } from './compiled-model';
import { explainNode } from './explain-node';
import { toExplanation } from './to-explanation';
import { createResolvers, explainSegmentClause, explainTierClause } from './targeting-resolvers';
import type { Explanation, LeanTargeting, Rule, ScopeInput } from './types';

/**
 * The explanation companion of a targeting: why a rule holds or not, with segment and tier
 * clauses explained down to their rules. What `createTargeting().explain` does, for a
 * targeting from `createLeanTargeting`, so that only devtools and debugging pages carry it.
 *
 * @example
 * explainRule(targeting, { segment: 'trial' }, { user, now: Date.now() }).summary;
 */
export function explainRule(
  targeting: LeanTargeting,
  rule: Rule,
  context: ScopeInput,
): Explanation {
  const { model, nodeFor } = internalsOf(targeting);
  return toExplanation(
    explainNode(nodeFor(rule), targeting.scope(context), createResolvers(model)),
  );
}

/**
 * Why the named segment of a targeting holds or not, clause by clause.
 *
 * @example
 * explainSegmentOf(targeting, 'trial', { user, now: Date.now() }).summary;
 */
export function explainSegmentOf(
  targeting: LeanTargeting,
  name: string,
  context: ScopeInput,
): Explanation {
  const { model } = internalsOf(targeting);
  return toExplanation(explainSegmentClause(model, name, targeting.scope(context)));
}

/**
 * Which touch rules of a targeting were tried and which one decided the tier.
 *
 * @example
 * explainTierOf(targeting, { user, now: Date.now() }).summary; // "tier is 'low' because …"
 */
export function explainTierOf(targeting: LeanTargeting, context: ScopeInput): Explanation {
  const { model } = internalsOf(targeting);
  return toExplanation(explainTierClause(model, targeting.scope(context)));
}
