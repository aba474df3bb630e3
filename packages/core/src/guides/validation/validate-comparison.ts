import { COMPARISON_OPERATORS } from '../../targeting/rule-grammar';
import { quote } from './quote';
import type { Dict } from './read';
import { readFiniteNumber } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

/**
 * Reads the comparison operators present in `source` into `output`; at least one must be, and
 * any key but those and `otherKeys` is an unknown operator.
 */
export function readComparison(
  context: ValidationContext,
  source: Dict,
  path: string,
  output: Output,
  otherKeys: readonly string[],
): void {
  let found = false;
  for (const key of Object.keys(source)) {
    if (source[key] === undefined || otherKeys.includes(key)) continue;
    found = true;
    if ((COMPARISON_OPERATORS as readonly string[]).includes(key)) {
      readField(context, source, path, output, key, readFiniteNumber);
    } else {
      report(context, path, unknownOperator(key, COMPARISON_OPERATORS));
    }
  }
  if (!found) {
    report(context, path, `expected at least one of ${COMPARISON_OPERATORS.join(', ')}`);
  }
}

/** The message for an operator that is not one of `operators`. */
export function unknownOperator(key: string, operators: readonly string[]): string {
  return `unknown operator ${quote(key)}; expected one of ${operators.join(', ')}`;
}
