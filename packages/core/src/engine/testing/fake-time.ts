import type { Scheduler } from '../model/types';

/** A clock and a scheduler that move only when a test says so. */
export interface FakeTime {
  readonly now: () => number;
  readonly scheduler: Scheduler;
  /** Moves the clock forward, firing each due timer at its own time, in order. */
  advance(ms: number): void;
  /** Moves the clock to `at` (forward or back) without firing anything. */
  set(at: number): void;
  /** The times the pending timers are due at, ascending. */
  pending(): number[];
}

/**
 * Creates a fake clock and scheduler for engine tests.
 *
 * @example
 * const time = createFakeTime(Date.UTC(2026, 11, 1));
 * createGuidepost(definition, { now: time.now, scheduler: time.scheduler });
 */
export function createFakeTime(start: number): FakeTime {
  let now = start;
  let sequence = 0;
  const timers = new Map<number, { readonly at: number; readonly callback: () => void }>();
  const due = () =>
    [...timers.entries()].sort(([a, x], [b, y]) => x.at - y.at || a - b)[0] as
      [number, { readonly at: number; readonly callback: () => void }] | undefined;
  return {
    now: () => now,
    scheduler: {
      setTimeout(callback, ms) {
        sequence += 1;
        timers.set(sequence, { at: now + ms, callback });
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
