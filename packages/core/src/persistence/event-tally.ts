import type { EventTally } from './types';

/**
 * The most recent timestamps kept per event, in memory and on disk. A merge keeps at most this
 * many, and `recordEvent` clamps its `limit` to it.
 */
export const MAX_RECENT_EVENTS = 100;

/** How much of an event's history `recordEvent` keeps. */
export interface EventRetention {
  /** The largest `within` window any rule uses for this event, in ms; 0 keeps no timestamps. */
  readonly windowMs: number;
  /**
   * The most timestamps worth keeping. A count read back is then `min(real, limit)`, which still
   * answers every comparison whose threshold is below `limit` (and `gte`/`gt` up to it), so the
   * engine passes one more than the largest threshold it compares against.
   */
  readonly limit: number;
}

/**
 * Adds one occurrence at `at` and drops what the retention no longer needs.
 *
 * Timestamps stay ascending and unique: a second event in the same millisecond moves to the next
 * free millisecond, so a merge (which de-duplicates) never collapses two occurrences into one. One
 * stamped before the last, because the clock went back, takes its place in order.
 *
 * @example
 * const tally = recordEvent(previous, Date.now(), { windowMs: 7 * DAY, limit: 4 });
 */
export function recordEvent(
  tally: EventTally | undefined,
  at: number,
  retention: EventRetention,
): EventTally {
  const taken = new Set(tally?.recent);
  let stamp = at;
  while (taken.has(stamp)) stamp += 1;
  const recent = [...taken, stamp].sort((x, y) => x - y);

  const requested = Number.isNaN(retention.limit) ? 0 : Math.floor(retention.limit);
  const limit = Math.max(0, Math.min(requested, MAX_RECENT_EVENTS));
  const floor = at - retention.windowMs;
  const inWindow = retention.windowMs > 0 ? recent.filter((t) => t > floor) : [];
  return {
    count: (tally?.count ?? 0) + 1,
    recent: limit === 0 ? [] : inWindow.slice(-limit),
  };
}

/**
 * How many times the event happened: in total, or within the last `withinMs` before `now`.
 *
 * An occurrence exactly `withinMs` old has left the window. Timestamps after `now` (stamped
 * while the clock ran ahead) still count, so a clock going back never hides an event.
 */
export function countEvents(
  tally: EventTally | undefined,
  withinMs: number | undefined,
  now: number,
): number {
  if (tally === undefined) return 0;
  if (withinMs === undefined) return tally.count;
  const floor = now - withinMs;
  return tally.recent.filter((t) => t > floor).length;
}

/**
 * The oldest timestamp counted within the last `withinMs` before `now`, or `undefined` when none
 * is. The windowed count drops at `oldestWithin(...) + withinMs`: when to evaluate again.
 */
export function oldestWithin(
  tally: EventTally | undefined,
  withinMs: number,
  now: number,
): number | undefined {
  const floor = now - withinMs;
  return tally?.recent.find((t) => t > floor);
}
