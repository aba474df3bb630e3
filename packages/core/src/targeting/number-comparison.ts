import { COMPARISON_OPERATORS } from './rule-grammar';

/** The bounds a `NumberComparison` may give, in the order explanations print them. */
const BOUNDS = COMPARISON_OPERATORS;

/** One bound of a comparison: `gte`, `lt`, … */
export type Bound = (typeof BOUNDS)[number];

/** A `NumberComparison` compiled once: its test, and the bounds it was compiled from. */
export interface CompiledComparison {
  readonly test: (value: number) => boolean;
  /** The bounds in the order explanations print them, each with its limit. */
  readonly bounds: readonly (readonly [Bound, number])[];
}

function testFor(bound: Bound, limit: number): (value: number) => boolean {
  switch (bound) {
    case 'eq':
      return (value) => value === limit;
    case 'ne':
      return (value) => value !== limit;
    case 'gt':
      return (value) => value > limit;
    case 'gte':
      return (value) => value >= limit;
    case 'lt':
      return (value) => value < limit;
    case 'lte':
      return (value) => value <= limit;
  }
}

/**
 * Compiles the comparison bounds held as own properties of `source`. Returns a reason string
 * when a bound is not a number or when no bound is given.
 */
export function compileComparison(source: object): CompiledComparison | string {
  const tests: ((value: number) => boolean)[] = [];
  const bounds: (readonly [Bound, number])[] = [];
  for (const bound of BOUNDS) {
    if (!Object.hasOwn(source, bound)) continue;
    const limit: unknown = (source as Record<string, unknown>)[bound];
    if (typeof limit !== 'number' || Number.isNaN(limit)) return `${bound} must be a number`;
    tests.push(testFor(bound, limit));
    bounds.push([bound, limit]);
  }
  const [first, second] = tests;
  if (first === undefined) return 'give at least one of eq, ne, gt, gte, lt, lte';
  const test =
    second === undefined
      ? first
      : tests.length === 2
        ? (value: number) => first(value) && second(value)
        : (value: number) => tests.every((one) => one(value));
  return { test, bounds };
}
