import type { CompiledComparison } from './number-comparison';

/** Integers at which the comparison may change its answer; between two of them it is constant. */
function flipsOf(comparison: CompiledComparison): number[] {
  // A bound flips integer tests at floor(limit) + 1 or ceil(limit); eq and ne also at limit.
  return comparison.bounds.flatMap(([, limit]) => [
    Math.floor(limit),
    Math.floor(limit) + 1,
    Math.ceil(limit),
    Math.ceil(limit) + 1,
  ]);
}

/** The smallest integer above `current` at which the test answers differently, if any. */
export function nextFlipUp(comparison: CompiledComparison, current: number): number | undefined {
  const now = comparison.test(current);
  let best: number | undefined;
  for (const point of flipsOf(comparison)) {
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
  return flipsOf(comparison).some(
    (point) => point >= 0 && point < current && comparison.test(point) !== now,
  );
}
