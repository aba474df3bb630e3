import { parseDuration, type DurationString, type Scheduler } from '@guidepost/core';

/** A clock and timers that move only when a test moves them. */
export interface FakeClock {
  /** The time, epoch ms: give it to the engine as `now`. */
  readonly now: () => number;
  /** Timers on this clock: give them to the engine as `scheduler`. */
  readonly scheduler: Scheduler;
  /**
   * Moves the clock forward by ms or a duration (`'3d'`), firing each timer that falls due on
   * the way at its own time, in order, so a snooze that ends and a schedule that starts on the
   * way each happen when they would.
   */
  advance(by: number | DurationString): void;
  /** Sets the clock, forward or back, firing nothing (a user's clock that jumped). */
  set(at: number | string | Date): void;
}

type Timer = { readonly at: number; readonly callback: () => void };

/** Milliseconds from a number or a duration; throws, naming it, on anything else. */
export function millisecondsOf(by: number | DurationString): number {
  const ms = typeof by === 'number' ? by : parseDuration(by);
  if (ms === undefined || !Number.isFinite(ms) || ms < 0) {
    throw new Error(
      `Cannot advance the clock by ${JSON.stringify(by)}: give ms or a duration like '3d'`,
    );
  }
  return ms;
}

/**
 * Creates a fake clock for the engine's injectable `now` and `scheduler`.
 *
 * @example
 * const clock = createFakeClock('2026-12-01');
 * const engine = createGuidepost(definition, { now: clock.now, scheduler: clock.scheduler });
 * clock.advance('7d'); // the cooldown ends, the guide may show again
 */
export function createFakeClock(start: number | string | Date = Date.now()): FakeClock {
  let now = new Date(start).getTime();
  if (Number.isNaN(now)) throw new Error(`Cannot start the clock at ${JSON.stringify(start)}`);
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
    advance(by) {
      const target = now + millisecondsOf(by);
      for (let next = due(); next !== undefined && next[1].at <= target; next = due()) {
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].callback();
      }
      now = target;
    },
    set(at) {
      const ms = new Date(at).getTime();
      if (Number.isNaN(ms)) throw new Error(`Cannot set the clock to ${JSON.stringify(at)}`);
      now = ms;
    },
  };
}
