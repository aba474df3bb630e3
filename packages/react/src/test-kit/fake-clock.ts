import { parseDuration, type DurationString, type Scheduler } from '@guidepost/core';
import { createManualClock } from '@guidepost/core/internal';

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
  const startAt = new Date(start).getTime();
  if (Number.isNaN(startAt)) throw new Error(`Cannot start the clock at ${JSON.stringify(start)}`);
  const clock = createManualClock(startAt);
  return {
    now: clock.now,
    scheduler: clock.scheduler,
    advance(by) {
      clock.advance(millisecondsOf(by));
    },
    set(at) {
      const ms = new Date(at).getTime();
      if (Number.isNaN(ms)) throw new Error(`Cannot set the clock to ${JSON.stringify(at)}`);
      clock.set(ms);
    },
  };
}
