import { MAX_RECENT_EVENTS } from './event-tally';
import type { EventTally } from './types';

function sameTally(a: EventTally, b: EventTally): boolean {
  return (
    a.count === b.count &&
    a.recent.length === b.recent.length &&
    a.recent.every((t, i) => t === b.recent[i])
  );
}

/**
 * Joins two tallies of one event: the larger count, and the union of recent timestamps,
 * de-duplicated, ascending, keeping the latest `MAX_RECENT_EVENTS`. The count is at least the
 * number of distinct recent timestamps, so occurrences recorded in two tabs at once are counted
 * where their timestamps survive. Returns `a` itself when `b` adds nothing.
 */
export function mergeEventTallies(a: EventTally, b: EventTally): EventTally {
  const recent = [...new Set([...a.recent, ...b.recent])]
    .sort((x, y) => x - y)
    .slice(-MAX_RECENT_EVENTS);
  const merged: EventTally = { count: Math.max(a.count, b.count, recent.length), recent };
  if (sameTally(merged, a)) return a;
  return sameTally(merged, b) ? b : merged;
}
