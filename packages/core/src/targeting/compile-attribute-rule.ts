import { compileOperator, OPERATORS } from './attribute-operators';
import type { AttributeOperator } from './attribute-operators';
import { allOf } from './combine-tests';
import { compileDatePath, compilePath } from './read-path';
import type { ContextReader } from './read-path';
import { invalidNode } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';

/** What an attribute rule's node holds for its explanation. */
export interface AttributeRuleParts {
  readonly path: string;
  readonly read: ContextReader;
  /** In the order they are tested and explained, `exists` first. */
  readonly operators: readonly AttributeOperator[];
}

/**
 * Compiles `{ attr, eq | ne | in | nin | gt | gte | lt | lte | exists | contains | startsWith }`.
 * The path is split and every operator chosen here, each into one closure that reads and
 * compares. A rule with no operator, or an operand of the wrong type, is invalid.
 */
export function compileAttributeRule(rule: object, state: CompileState): RuleNode {
  const source = rule as Record<string, unknown>;
  const path = source['attr'];
  if (typeof path !== 'string') return invalidNode(state, 'attr must be a string');
  const value = compilePath(path);
  const date = compileDatePath(path);
  if (value === undefined || date === undefined) {
    return invalidNode(state, `attr '${path}' has an empty segment`);
  }

  const operators: AttributeOperator[] = [];
  for (const name of OPERATORS) {
    if (!Object.hasOwn(source, name)) continue;
    const operand = source[name];
    const test = compileOperator(name, operand, { value, date });
    if (typeof test === 'string') return invalidNode(state, test);
    operators.push({ name, operand, test });
  }
  if (operators.length === 0) {
    return invalidNode(state, `attr '${path}' has no operator (eq, in, gte, exists, …)`);
  }
  const parts: AttributeRuleParts = { path, read: value, operators };
  return { test: allOf(operators.map((operator) => operator.test)), kind: 'attr', parts };
}
