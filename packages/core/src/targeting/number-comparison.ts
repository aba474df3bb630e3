import { formatValue } from './format-value';
import { COMPARISON_OPERATORS } from './rule-grammar';

/** The bounds a `NumberComparison` may give, in the order explanations print them. */
const BOUNDS = COMPARISON_OPERATORS;

type Bound = (typeof BOUNDS)[number];

const WORDS: Readonly<Record<Bound, string>> = {
  eq: 'exactly',
  ne: 'other than',
  gt: 'more than',
  gte: 'at least',
  lt: 'less than',
  lte: 'at most',
};

/** A `NumberComparison` compiled once: its test, its wording and where its answer can flip. */
export interface CompiledComparison {
  readonly test: (value: number) => boolean;
  /** What the rule wants, in words: `at least 3 and at most 5`. */
  readonly wants: string;
  /** Integers at which the test may change its answer; between two of them it is constant. */
  readonly flips: readonly number[];
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
  const words: string[] = [];
  const flips: number[] = [];
  for (const bound of BOUNDS) {
    if (!Object.hasOwn(source, bound)) continue;
    const limit: unknown = (source as Record<string, unknown>)[bound];
    if (typeof limit !== 'number' || Number.isNaN(limit)) return `${bound} must be a number`;
    tests.push(testFor(bound, limit));
    words.push(`${WORDS[bound]} ${formatValue(limit)}`);
    // A bound flips integer tests at floor(limit) + 1 or ceil(limit); eq and ne also at limit.
    flips.push(Math.floor(limit), Math.floor(limit) + 1, Math.ceil(limit), Math.ceil(limit) + 1);
  }
  const [first, second] = tests;
  if (first === undefined) return 'give at least one of eq, ne, gt, gte, lt, lte';
  const test =
    second === undefined
      ? first
      : tests.length === 2
        ? (value: number) => first(value) && second(value)
        : (value: number) => tests.every((one) => one(value));
  return { test, wants: words.join(' and '), flips };
}

/** The smallest integer above `current` at which the test answers differently, if any. */
export function nextFlipUp(comparison: CompiledComparison, current: number): number | undefined {
  const now = comparison.test(current);
  let best: number | undefined;
  for (const point of comparison.flips) {
    if (point > current && (best === undefined || point < best) && comparison.test(point) !== now) {
      best = point;
    }
  }
  return best;
}

/** Whether some integer in [0, current) answers differently from `current`. */
export function flipsBelow(comparison: CompiledComparison, current: number): boolean {
  const now = comparison.test(current);
  if (current > 0 && comparison.test(0) !== now) return true;
  return comparison.flips.some(
    (point) => point >= 0 && point < current && comparison.test(point) !== now,
  );
}
