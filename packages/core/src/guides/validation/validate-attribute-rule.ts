import { ATTRIBUTE_OPERATORS } from '../../targeting/rule-grammar';
import { DEFINITION_LIMITS } from '../definition-limits';
import { parseDateInput } from './parse-date-input';
import { indexPath } from './path';
import { quote } from './quote';
import type { Dict } from './read';
import { readBoolean, readString } from './read-scalars';
import type { Reader } from './read-scalars';
import type { Output } from './read-field';
import { readField } from './read-field';
import { unknownOperator } from './validate-comparison';
import { report } from './validation-context';
import type { ValidationContext } from './validation-context';

const OPERATORS = ATTRIBUTE_OPERATORS;

type Operator = (typeof OPERATORS)[number];

const RESERVED_SEGMENTS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

const readScalar: Reader<unknown> = (context, path, value) => {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string') return readString(context, path, value);
  return void report(context, path, 'expected a string, a number, a boolean or null');
};

const readScalarList: Reader<unknown[]> = (context, path, value) => {
  if (!Array.isArray(value)) {
    return void report(context, path, 'expected a list of strings, numbers, booleans or null');
  }
  if (value.length > DEFINITION_LIMITS.listLength) {
    return void report(context, path, `more than ${DEFINITION_LIMITS.listLength} values`);
  }
  const list: unknown[] = [];
  value.forEach((entry: unknown, index) => {
    list.push(readScalar(context, indexPath(path, index), entry));
  });
  return list;
};

const readBound: Reader<number | string> = (context, path, value) => {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && parseDateInput(value) !== undefined) return value;
  return void report(context, path, 'expected a number or an ISO 8601 date');
};

const READERS: Record<Operator, Reader<unknown>> = {
  eq: readScalar,
  ne: readScalar,
  in: readScalarList,
  nin: readScalarList,
  gt: readBound,
  gte: readBound,
  lt: readBound,
  lte: readBound,
  exists: readBoolean,
  contains: readScalar,
  startsWith: readString,
};

/**
 * Reads a user attribute path: names separated by dots, none empty, none of `__proto__`,
 * `constructor` or `prototype` (attributes are read as own data, never through prototypes).
 */
export const readAttributePath: Reader<string> = (context, path, value) => {
  const attribute = readString(context, path, value);
  if (attribute === undefined) return undefined;
  const names = attribute.split('.');
  if (names.some((name) => name === '')) {
    return void report(
      context,
      path,
      `invalid attribute path ${quote(attribute)}; expected names separated by dots`,
    );
  }
  if (names.some((name) => RESERVED_SEGMENTS.has(name))) {
    return void report(
      context,
      path,
      `invalid attribute path ${quote(attribute)}; __proto__, constructor and prototype are reserved`,
    );
  }
  return attribute;
};

/** Reads `{ attr, <operator>: operand, … }`: every operator known, at least one, operands typed. */
export function readAttributeRule(
  context: ValidationContext,
  rule: Dict,
  path: string,
  output: Output,
): void {
  readField(context, rule, path, output, 'attr', readAttributePath);
  let found = false;
  for (const key of Object.keys(rule)) {
    if (key === 'attr' || rule[key] === undefined) continue;
    found = true;
    if (isOperator(key)) {
      readField(context, rule, path, output, key, READERS[key]);
    } else {
      report(context, path, unknownOperator(key, OPERATORS));
    }
  }
  if (!found) {
    report(
      context,
      path,
      `attribute rule has no operator; expected one of ${OPERATORS.join(', ')}`,
    );
  }
}

function isOperator(key: string): key is Operator {
  return (OPERATORS as readonly string[]).includes(key);
}
