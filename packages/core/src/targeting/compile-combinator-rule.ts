import { allOf, anyOf } from './combine-tests';
import { invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';

/** Compiles `{ all: [...] }` (empty holds) and `{ any: [...] }` (empty fails). */
export function compileListRule(kind: 'all' | 'any', rule: object, state: CompileState): RuleNode {
  const list: unknown = (rule as Record<string, unknown>)[kind];
  if (!Array.isArray(list)) return invalidNode(state, `${kind} must be a list of rules`);
  const children = list.map((child: unknown, index) =>
    state.compileChild(child, `${kind}[${index}]`),
  );
  const tests = children.map((child) => child.test);
  return { test: kind === 'all' ? allOf(tests) : anyOf(tests), kind, children };
}

/** Compiles `{ not: rule }`. */
export function compileNotRule(rule: object, state: CompileState): RuleNode {
  const child = state.compileChild((rule as Record<string, unknown>)['not'], 'not');
  const test = child.test;
  return { test: (context) => !test(context), kind: 'not', children: [child] };
}
