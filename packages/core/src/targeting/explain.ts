import { explainNode } from './explain-node';
import { sharedRuleNodes } from './rule-node-cache';
import { toExplanation } from './to-explanation';
import type { Explanation, Rule, RuleContext } from './types';

const NO_RESOLVERS = {};

/**
 * Why a rule holds or not for a context: a tree of clauses, each with whether it passed, a
 * sentence and the value it saw, plus a one-line summary (the first failing leaf when the rule
 * failed). Segment and tier clauses explain only themselves here; `createTargeting().explain`
 * also explains the segment's and tier's own rules.
 *
 * @example
 * explain({ attr: 'plan', in: ['pro', 'enterprise'] }, { user: { plan: 'free' }, now: 0 }).summary;
 * // "plan is 'free'; the rule wants one of 'pro', 'enterprise'"
 */
export function explain(rule: Rule, context: RuleContext): Explanation {
  return toExplanation(explainNode(sharedRuleNodes(rule), context, NO_RESOLVERS));
}
