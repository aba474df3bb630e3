import type { ClauseExplanation, Explanation } from './types';

/**
 * The clause that best says why a failed clause failed: the first failing leaf, depth first.
 * A failed `not` is where the reason lives, since its child held.
 */
function firstFailingLeaf(clause: ClauseExplanation): ClauseExplanation {
  if (clause.kind === 'not') return clause;
  const failedChild = clause.children?.find((child) => !child.passed);
  return failedChild === undefined ? clause : firstFailingLeaf(failedChild);
}

/** Wraps a clause tree into an `Explanation` with a one-line summary. */
export function toExplanation(clause: ClauseExplanation): Explanation {
  return {
    passed: clause.passed,
    summary: clause.passed ? clause.message : firstFailingLeaf(clause).message,
    clause,
  };
}
