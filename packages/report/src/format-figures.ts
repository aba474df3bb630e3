import type { LiftRow } from './report-types';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/** A count with thousands separators: `12,345`. */
export function formatCount(value: number): string {
  return integer.format(value);
}

/** A share as a percentage with one decimal: `35.0%`. */
export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** A difference of shares in percentage points, signed: `+8.0 pts`. */
export function formatPoints(difference: number): string {
  const points = difference * 100;
  const shown = points.toFixed(1);
  return `${points > 0 && shown !== '0.0' ? '+' : ''}${shown === '-0.0' ? '0.0' : shown} pts`;
}

/** What a lift says, in one sentence a product manager can read. */
export function describeLift(lift: LiftRow): string {
  const interval = `${formatPoints(lift.liftLow)} to ${formatPoints(lift.liftHigh)}`;
  const verdict =
    lift.liftLow > 0
      ? 'the guide raised the goal rate'
      : lift.liftHigh < 0
        ? 'the guide lowered the goal rate'
        : 'no difference can be told from zero yet';
  return `${formatPoints(lift.lift)} (95% interval ${interval}): ${verdict}`;
}

/** How many more users the lift needs, for people. */
export function describeUsersNeeded(lift: LiftRow): string {
  if (lift.usersNeeded === null) return 'no difference observed: no sample size tells it from zero';
  if (lift.usersNeeded === 0)
    return 'enough users to tell this lift from zero (5% level, 80% power)';
  return `${formatCount(lift.usersNeeded)} more users needed at this split to tell it from zero (5% level, 80% power)`;
}
