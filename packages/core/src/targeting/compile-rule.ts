import { compileAttributeRule } from './compile-attribute-rule';
import { compileListRule, compileNotRule } from './compile-combinator-rule';
import { compileDaysSinceRule } from './compile-days-since-rule';
import { compileEventRule } from './compile-event-rule';
import { compileFunctionRule } from './compile-function-rule';
import { compileGuideRule, compileSegmentRule, compileTierRule } from './compile-reference-rule';
import { compileRolloutRule } from './compile-rollout-rule';
import { failingNode, invalidNode, safeReporter } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type {
  CompiledRule,
  CompileRuleOptions,
  Rule,
  RuleFunction,
  TargetingErrorHandler,
} from './types';

/** Deeper rules are refused, so neither compiling nor evaluating can exhaust the stack. */
const MAX_DEPTH = 100;

type KindCompiler = (rule: object, state: CompileState) => RuleNode;

/** Rule kinds by their key, in the order a rule object is recognised. */
const KINDS: readonly (readonly [string, KindCompiler])[] = [
  ['all', (rule, state) => compileListRule('all', rule, state)],
  ['any', (rule, state) => compileListRule('any', rule, state)],
  ['not', compileNotRule],
  ['attr', compileAttributeRule],
  ['segment', compileSegmentRule],
  ['tier', compileTierRule],
  ['event', compileEventRule],
  ['daysSince', compileDaysSinceRule],
  ['guide', compileGuideRule],
  ['rollout', compileRolloutRule],
];

function compileAt(
  rule: unknown,
  path: string,
  depth: number,
  ancestors: Set<object>,
  root: Pick<CompileState, 'report' | 'problems'>,
): RuleNode {
  const state: CompileState = {
    path,
    report: root.report,
    problems: root.problems,
    compileChild: (child, key) =>
      compileAt(child, path === '' ? key : `${path}.${key}`, depth + 1, ancestors, root),
  };
  if (typeof rule === 'function') return compileFunctionRule(rule as RuleFunction, state);
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    return invalidNode(state, 'a rule must be an object or a function');
  }
  if (depth > MAX_DEPTH) return invalidNode(state, `rules nest deeper than ${MAX_DEPTH} levels`);
  if (ancestors.has(rule)) return invalidNode(state, 'the rule contains itself');
  const entry = KINDS.find(([key]) => Object.hasOwn(rule, key));
  if (entry === undefined) {
    return invalidNode(state, `no rule kind (${KINDS.map(([key]) => key).join(', ')})`);
  }
  ancestors.add(rule);
  try {
    return entry[1](rule, state);
  } finally {
    ancestors.delete(rule);
  }
}

/**
 * Compiles a rule into a node that tests, explains and finds time boundaries. `path` names
 * where the rule sits (`segments.trial`) in the errors it reports.
 */
export function compileRuleNode(
  rule: unknown,
  onError?: TargetingErrorHandler,
  path = '',
): RuleNode {
  const root = { report: safeReporter(onError), problems: [] };
  const node = compileAt(rule, path, 0, new Set(), root);
  const [problem, ...more] = root.problems;
  if (problem === undefined) return node;
  return failingNode(more.length === 0 ? problem : `${problem} (and ${more.length} more)`);
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
