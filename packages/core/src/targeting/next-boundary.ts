import { boundaryOfNode } from './boundary-of-node';
import { sharedRuleNodes } from './rule-node-cache';
import type { Rule, RuleContext } from './types';

const NO_RESOLVERS = {};

/**
 * The earliest future epoch ms at which the rule's result could change through time alone, or
 * `undefined` when time alone never changes it. Lets a caller re-check at that moment instead
 * of polling.
 *
 * Only `daysSince` and `event` with `within` depend on the clock: a `daysSince` clause changes
 * when the day count reaches the next value its bounds care about, and a windowed count drops
 * when its oldest counted timestamp leaves the window (this needs `EventHistory.oldestWithin`;
 * without it no boundary is known). Combinators narrow it: an `all` that fails because of a
 * timeless clause never changes. Function rules are opaque and give no boundary; segment and
 * tier clauses give one only through `createTargeting().nextBoundary`.
 *
 * @example
 * const at = nextBoundary({ daysSince: 'signedUpAt', lte: 14 }, context);
 * if (at !== undefined) setTimeout(recheck, at - Date.now());
 */
export function nextBoundary(rule: Rule, context: RuleContext): number | undefined {
  return boundaryOfNode(sharedRuleNodes(rule), context, NO_RESOLVERS);
}
