import type { Scheduler } from '../model/types';

/** `setTimeout` holds at most a signed 32-bit delay; a later boundary is reached in hops. */
const MAX_DELAY = 2_147_483_647;

/** One timer for the next time boundary. */
export interface BoundaryTimer {
  /** Aims the timer at `at` (epoch ms), or stops it for `undefined`; the same time keeps it. */
  aim(at: number | undefined): void;
  stop(): void;
}

/**
 * Keeps a single timer on the injected scheduler, aimed at the next boundary, so eligibility is
 * re-evaluated exactly when time changes it, never by polling.
 *
 * @example
 * const timer = createBoundaryTimer(scheduler, Date.now, () => reevaluate());
 * timer.aim(snoozedUntil);
 */
export function createBoundaryTimer(
  scheduler: Scheduler,
  clock: () => number,
  onBoundary: () => void,
): BoundaryTimer {
  let timer: { readonly handle: unknown; readonly at: number } | undefined;
  const stop = () => {
    if (timer !== undefined) scheduler.clearTimeout(timer.handle);
    timer = undefined;
  };
  return {
    aim(at) {
      if (timer !== undefined && timer.at === at) return;
      stop();
      if (at === undefined) return;
      const delay = Math.min(Math.max(at - clock(), 0), MAX_DELAY);
      const handle = scheduler.setTimeout(() => {
        if (timer?.handle !== handle) return;
        timer = undefined;
        onBoundary();
      }, delay);
      timer = { handle, at };
    },
    stop,
  };
}
