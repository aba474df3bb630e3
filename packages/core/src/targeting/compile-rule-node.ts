import { compileListRule, compileNotRule } from './compile-combinator-rule';
import { compileFunctionRule } from './compile-function-rule';
import { RULE_KEYS, RULE_KIND_PROVIDERS, unregisteredKindMessage } from './rule-grammar';
import type { RuleKindKey } from './rule-grammar';
import type { RuleKindRegistry } from './rule-kind';
import { failingNode, invalidNode, safeReporter } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';
import type { RuleFunction, TargetingErrorHandler } from './types';

/** Deeper rules are refused, so neither compiling nor evaluating can exhaust the stack. */
const MAX_DEPTH = 100;

/** Combinators belong to every compiler: they are the grammar's structure, not a kind. */
function compileBuiltIn(key: RuleKindKey, rule: object, state: CompileState): RuleNode | undefined {
  if (key === 'all' || key === 'any') return compileListRule(key, rule, state);
  if (key === 'not') return compileNotRule(rule, state);
  return undefined;
}

function compileAt(
  registry: RuleKindRegistry,
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
      compileAt(registry, child, path === '' ? key : `${path}.${key}`, depth + 1, ancestors, root),
  };
  if (typeof rule === 'function') return compileFunctionRule(rule as RuleFunction, state);
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    return invalidNode(state, 'a rule must be an object or a function');
  }
  if (depth > MAX_DEPTH) return invalidNode(state, `rules nest deeper than ${MAX_DEPTH} levels`);
  if (ancestors.has(rule)) return invalidNode(state, 'the rule contains itself');
  const key = RULE_KEYS.find((candidate) => Object.hasOwn(rule, candidate));
  if (key === undefined) return invalidNode(state, `no rule kind (${RULE_KEYS.join(', ')})`);
  const compile = registry.get(key);
  const provider = RULE_KIND_PROVIDERS[key];
  if (compile === undefined && provider !== undefined) {
    return invalidNode(state, unregisteredKindMessage(key, provider));
  }
  ancestors.add(rule);
  try {
    return compile === undefined
      ? (compileBuiltIn(key, rule, state) as RuleNode)
      : compile(rule, state);
  } finally {
    ancestors.delete(rule);
  }
}

/**
 * Compiles a rule with the kinds of `registry` (combinators and function rules are always
 * known) into a node: its test, and the parts that the explanation and time-boundary
 * companions read. A kind the grammar knows but the registry lacks makes the rule invalid,
 * with a message naming the import that registers it. `path` names where the rule sits
 * (`segments.trial`) in the errors it reports.
 */
export function compileRuleNodeWith(
  registry: RuleKindRegistry,
  rule: unknown,
  onError?: TargetingErrorHandler,
  path = '',
): RuleNode {
  const root = { report: safeReporter(onError), problems: [] };
  const node = compileAt(registry, rule, path, 0, new Set(), root);
  const [problem, ...more] = root.problems;
  if (problem === undefined) return node;
  return failingNode(more.length === 0 ? problem : `${problem} (and ${more.length} more)`);
}
