import type { ContextReader } from './read-path';
import { ATTRIBUTE_OPERATORS } from './rule-grammar';
import { readEpochMs } from './to-epoch-ms';
import type { CompiledRule } from './types';

/**
 * One operator of an attribute rule, compiled with its reader: its test, and its name and
 * operand, from which an explanation says what it wants.
 */
export interface AttributeOperator {
  readonly name: OperatorName;
  readonly operand: unknown;
  readonly test: CompiledRule;
}

/**
 * The operators of an attribute rule, in the order they are tested and explained: those of the
 * grammar, `exists` first so that a missing attribute is explained as missing.
 */
export const OPERATORS: readonly OperatorName[] = /* @__PURE__ */ (() => [
  'exists' as const,
  ...ATTRIBUTE_OPERATORS.filter((name) => name !== 'exists'),
])();

/** The name of an attribute operator. */
export type OperatorName = (typeof ATTRIBUTE_OPERATORS)[number];

/** What an operator reads: the attribute, and the attribute as epoch ms for date bounds. */
export interface OperatorReaders {
  readonly value: ContextReader;
  readonly date: ContextReader;
}

/** Lists longer than this are looked up through a `Set`; shorter ones by a scan. */
const SET_THRESHOLD = 8;

function isScalar(value: unknown): boolean {
  return (
    value === null ||
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && !Number.isNaN(value))
  );
}

function membership(list: readonly unknown[]): (value: unknown) => boolean {
  // NaN and undefined never equal an attribute, and a Set would match NaN to NaN.
  const items = list.filter((item) => item !== undefined && !Number.isNaN(item));
  if (items.length > SET_THRESHOLD) {
    const set = new Set(items);
    return (value) => set.has(value);
  }
  return (value) => {
    for (let index = 0; index < items.length; index++) {
      if (items[index] === value) return true;
    }
    return false;
  };
}

type Order = 'gt' | 'gte' | 'lt' | 'lte';

/** One closure per comparison, so no comparison is chosen while evaluating. */
function ordered(name: Order, read: ContextReader, limit: number): CompiledRule {
  switch (name) {
    case 'gt':
      return (context) => {
        const value = read(context);
        return typeof value === 'number' && value > limit;
      };
    case 'gte':
      return (context) => {
        const value = read(context);
        return typeof value === 'number' && value >= limit;
      };
    case 'lt':
      return (context) => {
        const value = read(context);
        return typeof value === 'number' && value < limit;
      };
    case 'lte':
      return (context) => {
        const value = read(context);
        return typeof value === 'number' && value <= limit;
      };
  }
}

function compileOrder(
  name: Order,
  operand: unknown,
  readers: OperatorReaders,
): CompiledRule | string {
  if (typeof operand === 'number' && !Number.isNaN(operand)) {
    return ordered(name, readers.value, operand);
  }
  if (typeof operand === 'string') {
    const limit = readEpochMs(operand);
    // The date reader gives epoch ms or undefined, so the number comparison serves dates too.
    if (limit !== undefined) return ordered(name, readers.date, limit);
  }
  return `${name} must be a number or an ISO date`;
}

/** Compiles one operator and its operand; returns a reason string when the operand is unusable. */
export function compileOperator(
  name: OperatorName,
  operand: unknown,
  readers: OperatorReaders,
): CompiledRule | string {
  const read = readers.value;
  switch (name) {
    case 'exists':
      if (typeof operand !== 'boolean') return 'exists must be true or false';
      return operand
        ? (context) => read(context) !== undefined
        : (context) => read(context) === undefined;
    case 'eq':
      if (!isScalar(operand)) return 'eq must be a string, number, boolean or null';
      return (context) => read(context) === operand;
    case 'ne':
      if (!isScalar(operand)) return 'ne must be a string, number, boolean or null';
      return (context) => read(context) !== operand;
    case 'in':
    case 'nin': {
      if (!Array.isArray(operand)) return `${name} must be a list`;
      const has = membership(operand);
      return name === 'in'
        ? (context) => {
            const value = read(context);
            return value !== undefined && has(value);
          }
        : (context) => !has(read(context));
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return compileOrder(name, operand, readers);
    case 'contains': {
      if (!isScalar(operand)) return 'contains must be a string, number, boolean or null';
      const needle = typeof operand === 'string' ? operand : undefined;
      return (context) => {
        const value = read(context);
        return typeof value === 'string'
          ? needle !== undefined && value.includes(needle)
          : Array.isArray(value) && value.includes(operand);
      };
    }
    case 'startsWith':
      if (typeof operand !== 'string') return 'startsWith must be a string';
      return (context) => {
        const value = read(context);
        return typeof value === 'string' && value.startsWith(operand);
      };
  }
}
