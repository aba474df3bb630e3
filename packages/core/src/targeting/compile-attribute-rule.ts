import { compileOperator, OPERATORS } from './attribute-operators';
import type { AttributeOperator } from './attribute-operators';
import { allOf } from './combine-tests';
import { formatValue } from './format-value';
import { compileDatePath, compilePath } from './read-path';
import { clause, invalidNode, timeless } from './rule-node';
import type { CompileState, RuleNode } from './rule-node';

function describe(path: string, value: unknown, wants: string): string {
  const seen = value === undefined ? 'is missing' : `is ${formatValue(value)}`;
  return `${path} ${seen}; the rule wants ${wants}`;
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
    const operator = compileOperator(name, source[name], { value, date });
    if (typeof operator === 'string') return invalidNode(state, operator);
    operators.push(operator);
  }
  if (operators.length === 0) {
    return invalidNode(state, `attr '${path}' has no operator (eq, in, gte, exists, …)`);
  }

  return {
    test: allOf(operators.map((operator) => operator.test)),
    explain: (context) => {
      const seen = value(context);
      const failing = operators.find((operator) => !operator.test(context));
      const wants =
        failing === undefined
          ? operators.map((operator) => operator.wants).join(' and ')
          : failing.wants;
      return clause('attr', failing === undefined, describe(path, seen, wants), seen);
    },
    boundary: timeless,
  };
}
