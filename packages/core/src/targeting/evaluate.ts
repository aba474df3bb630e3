import { sharedCompiledRules } from './rule-node-cache';
import type { Rule, RuleContext } from './types';

/**
 * Whether a rule holds for a context. The rule is compiled on first use and cached by its
 * object identity (functions included), so pass the same rule object to reuse it. Function
 * rules that throw count as false; to hear about them, use `compileRule` or `createTargeting`
 * with `onError`. Semantics are those of `compileRule`.
 *
 * @example
 * evaluate({ attr: 'plan', eq: 'pro' }, { user: { id: 'u1', plan: 'pro' }, now: Date.now() }); // true
 */
export function evaluate(rule: Rule, context: RuleContext): boolean {
  return sharedCompiledRules(rule)(context);
}
