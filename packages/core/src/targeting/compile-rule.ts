import { compileRuleNodeWith } from './compile-rule-node';
import { ruleKindRegistry } from './rule-kind';
import type { RuleKindRegistry } from './rule-kind';
import { allRuleCompilers } from './rule-compilers';
import type { RuleNode } from './rule-node';
import type { CompiledRule, CompileRuleOptions, Rule, TargetingErrorHandler } from './types';

/** The registry of every rule kind, built on first use. */
let fullRegistry: RuleKindRegistry | undefined;

/** The registry of the full preset: every rule kind. */
export function fullRuleKindRegistry(): RuleKindRegistry {
  fullRegistry ??= ruleKindRegistry([allRuleCompilers]);
  return fullRegistry;
}

/**
 * Compiles a rule with every kind into a node: its test, and the parts that the explanation
 * and time-boundary companions read.
 * `path` names where the rule sits (`segments.trial`) in the errors it reports.
 */
export function compileRuleNode(
  rule: unknown,
  onError?: TargetingErrorHandler,
  path = '',
): RuleNode {
  return compileRuleNodeWith(fullRuleKindRegistry(), rule, onError, path);
}

/**
 * Compiles a targeting rule once into a closure that answers it for any context.
 *
 * Paths are split, operand dates and durations parsed and operators chosen here, so a call
 * only reads and compares. Evaluation is total: it never throws, whatever JSON the user
 * object holds. The semantics:
 *
 * - Attribute paths are dotted (`company.size`) and read own properties only (`Object.hasOwn`),
 *   so `Object.create(null)` objects work and no prototype is reached; a segment `__proto__`,
 *   `prototype` or `constructor` reads nothing. Numeric segments index arrays (`tags.0`).
 * - A missing attribute (absent or `undefined`) satisfies only `exists: false`, `ne` and `nin`.
 *   `null` is a value: `eq: null` holds, comparisons fail.
 * - `eq`/`ne` compare scalars strictly (`'1'` is not `1`); `in`/`nin` test membership of a
 *   scalar in the list. `gt`/`gte`/`lt`/`lte` compare numbers (never NaN) when the operand is a
 *   number, and dates when it is an ISO date string and the attribute is an ISO string, epoch
 *   ms or `Date` (see `toEpochMs`). Other types fail. `contains` holds for a substring of a
 *   string or an element of an array; `startsWith` for strings only. All operators of one
 *   attribute rule must hold.
 * - `daysSince` counts whole days (rounded down) since the attribute's date; a missing or
 *   invalid date fails.
 * - `event` asks `context.events.count(name, withinMs, now)` (without `count`: at least once);
 *   no `events` means a count of 0.
 * - `guide` asks `context.guide(id, is)`, `segment` asks `context.segment(name)`; absent
 *   readers mean false. `tier` asks `context.tier()`, `tech` when absent.
 * - `rollout` holds when `rolloutBucket(user.id, salt)` is below `percent`; no id fails.
 * - `all: []` holds and `any: []` fails. A function rule holds only when it returns `true`; a
 *   throw counts as false and is reported to `onError` as `rule_threw`.
 * - A rule with any part that cannot be read (unknown kind, wrong operand type, a bad
 *   duration, nesting deeper than 100) never holds, even under `not`; each such part is
 *   reported once, at compile time, as `invalid_definition`.
 *
 * @example
 * const isPaid = compileRule({ attr: 'plan', in: ['pro', 'enterprise'] });
 * isPaid({ user: { plan: 'pro' }, now: Date.now() }); // true
 */
export function compileRule(rule: Rule, options: CompileRuleOptions = {}): CompiledRule {
  return compileRuleNode(rule, options.onError).test;
}
