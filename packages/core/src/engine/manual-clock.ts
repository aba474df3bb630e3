import type { Scheduler } from './model/types';

/**
 * A clock and a scheduler that move only when told to: the engine's tests run on it, and the
 * React test kit's fake clock is built on it.
 */
export interface ManualClock {
  readonly now: () => number;
  readonly scheduler: Scheduler;
  /** Moves the clock forward, firing each due timer at its own time, in order. */
  advance(ms: number): void;
  /** Moves the clock to `at` (forward or back) without firing anything. */
  set(at: number): void;
  /** The times the pending timers are due at, ascending. */
  pending(): number[];
}

type Timer = { readonly at: number; readonly callback: () => void };

/**
 * Creates a clock at `start` (epoch ms) whose timers fire only as `advance` passes them; a
 * timer set for a negative delay is due at once.
 *
 * @example
 * const time = createManualClock(Date.UTC(2026, 11, 1));
 * createGuidepost(definition, { now: time.now, scheduler: time.scheduler });
 */
export function createManualClock(start: number): ManualClock {
  let now = start;
  let sequence = 0;
  const timers = new Map<number, Timer>();
  const due = (): [number, Timer] | undefined =>
    [...timers.entries()].sort(([a, x], [b, y]) => x.at - y.at || a - b)[0];
  return {
    now: () => now,
    scheduler: {
      setTimeout(callback, ms) {
        sequence += 1;
        timers.set(sequence, { at: now + Math.max(0, ms), callback });
        return sequence;
      },
      clearTimeout(handle) {
        timers.delete(handle as number);
      },
    },
    advance(ms) {
      const target = now + ms;
      for (let next = due(); next !== undefined && next[1].at <= target; next = due()) {
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].callback();
      }
      now = target;
    },
    set(at) {
      now = at;
    },
    pending: () => [...timers.values()].map((timer) => timer.at).sort((a, b) => a - b),
  };
}
