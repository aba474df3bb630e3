import { allOf, anyOf } from './combine-tests';
import { plural } from './format-value';
import { clause, invalidNode } from './rule-node';
import type { CompileState, RuleNode, RuleResolvers } from './rule-node';
import type { ClauseExplanation, RuleContext } from './types';

function earliest(values: readonly (number | undefined)[]): number | undefined {
  let best: number | undefined;
  for (const value of values) {
    if (value !== undefined && (best === undefined || value < best)) best = value;
  }
  return best;
}

/**
 * When a list clause could next change. It flips on the first change of any child that
 * agrees with it (for `all` that holds: any child; for `any` that fails: any child). Otherwise
 * every child that disagrees must flip first, so it cannot change before the latest of theirs,
 * and never when one of them never changes.
 */
function listBoundary(
  children: readonly RuleNode[],
  context: RuleContext,
  resolvers: RuleResolvers,
  holdsWhenAll: boolean,
): number | undefined {
  const results = children.map((child) => child.test(context));
  const passed = holdsWhenAll ? results.every(Boolean) : results.some(Boolean);
  if (passed === holdsWhenAll) {
    return earliest(children.map((child) => child.boundary(context, resolvers)));
  }
  let latest: number | undefined;
  for (let index = 0; index < children.length; index++) {
    if (results[index] === holdsWhenAll) continue;
    const boundary = (children[index] as RuleNode).boundary(context, resolvers);
    if (boundary === undefined) return undefined;
    if (latest === undefined || boundary > latest) latest = boundary;
  }
  return latest;
}

function explainAll(children: readonly ClauseExplanation[]): ClauseExplanation {
  const failed = children.filter((child) => !child.passed).length;
  const total = children.length;
  const message =
    failed > 0
      ? `${failed} of ${plural(total, 'clause')} failed; the rule wants all to hold`
      : total === 0
        ? 'an empty all holds'
        : `all ${plural(total, 'clause')} hold`;
  return clause('all', failed === 0, message, undefined, children);
}

function explainAny(children: readonly ClauseExplanation[]): ClauseExplanation {
  const passed = children.filter((child) => child.passed).length;
  const total = children.length;
  const message =
    passed > 0
      ? `${passed} of ${plural(total, 'clause')} held`
      : total === 0
        ? 'an empty any does not hold'
        : `none of ${plural(total, 'clause')} held; the rule wants at least one`;
  return clause('any', passed > 0, message, undefined, children);
}

/** Compiles `{ all: [...] }` (empty holds) and `{ any: [...] }` (empty fails). */
export function compileListRule(kind: 'all' | 'any', rule: object, state: CompileState): RuleNode {
  const list: unknown = (rule as Record<string, unknown>)[kind];
  if (!Array.isArray(list)) return invalidNode(state, `${kind} must be a list of rules`);
  const children = list.map((child: unknown, index) =>
    state.compileChild(child, `${kind}[${index}]`),
  );
  const tests = children.map((child) => child.test);
  const isAll = kind === 'all';
  return {
    test: isAll ? allOf(tests) : anyOf(tests),
    explain: (context, resolvers) => {
      const explained = children.map((child) => child.explain(context, resolvers));
      return isAll ? explainAll(explained) : explainAny(explained);
    },
    boundary: (context, resolvers) => listBoundary(children, context, resolvers, isAll),
  };
}

/** Compiles `{ not: rule }`. */
export function compileNotRule(rule: object, state: CompileState): RuleNode {
  const child = state.compileChild((rule as Record<string, unknown>)['not'], 'not');
  const test = child.test;
  return {
    test: (context) => !test(context),
    explain: (context, resolvers) => {
      const inner = child.explain(context, resolvers);
      const message = inner.passed
        ? `the rule wants this not to hold: ${inner.message}`
        : `as the rule wants, this does not hold: ${inner.message}`;
      return clause('not', !inner.passed, message, undefined, [inner]);
    },
    boundary: (context, resolvers) => child.boundary(context, resolvers),
  };
}
