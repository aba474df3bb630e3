/**
 * The time to stamp a change of status or step position with: `now`, or 1 ms after the
 * previous stamp when the clock reads no later than it (a clock set back, a server offset
 * corrected). A merge keeps the later stamp, so the newer change wins instead of being undone
 * by the older one it replaced.
 *
 * @example
 * stampAfter(progress.statusAt, Date.now());
 */
export function stampAfter(previous: number | undefined, now: number): number {
  return previous === undefined || now > previous ? now : previous + 1;
}
