import type { InterruptionBudgetState } from '@guidepost/core';

const count = (value: number) => (Number.isFinite(value) ? String(value) : 'no cap');

/**
 * The interruption budget in one line for the devtools: the shows spent this session and in
 * the last 24 hours against their caps, and the gap still running after the last pop-up closed.
 *
 * @example
 * budgetSummary(state, now); // "1 of 3 this session, 1 of 5 today; next in 2 min 40 s"
 */
export function budgetSummary(budget: InterruptionBudgetState, now: number): string {
  const spent = `${budget.sessionShows} of ${count(budget.perSession)} this session, ${budget.dayShows} of ${count(budget.perDay)} today`;
  if (budget.gapUntil === undefined) return spent;
  const seconds = Math.ceil((budget.gapUntil - now) / 1000);
  const wait = seconds >= 60 ? `${Math.floor(seconds / 60)} min ${seconds % 60} s` : `${seconds} s`;
  return `${spent}; next in ${wait}`;
}
