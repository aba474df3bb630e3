import { mergeEventTallies } from './merge-event-tallies';
import { mergeProgress } from './merge-progress';
import { getOwn, setOwn, unionKeys } from './own-record';
import { SNAPSHOT_VERSION } from './types';
import type { Snapshot } from './types';

/**
 * Whether merging `other` into `kept` gives back every value of `kept` unchanged. Walks the
 * keys without building anything, so merging two snapshots that share most entries (the
 * engine's and the one it saved last) costs no copy when nothing new arrived.
 */
function keepsAll<T>(
  kept: Readonly<Record<string, T>>,
  other: Readonly<Record<string, T>>,
  merge: (x: T, y: T) => T,
  keptFirst: boolean,
): boolean {
  for (const key of Object.keys(other)) {
    const y = getOwn(other, key);
    const x = getOwn(kept, key);
    if (x === y || y === undefined) continue;
    if (x === undefined) return false;
    if ((keptFirst ? merge(x, y) : merge(y, x)) !== x) return false;
  }
  return true;
}

function mergeRecords<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  merge: (x: T, y: T) => T,
): {
  readonly merged: Readonly<Record<string, T>>;
  readonly keepsA: boolean;
  readonly keepsB: boolean;
} {
  if (a === b) return { merged: a, keepsA: true, keepsB: true };
  if (keepsAll(a, b, merge, true)) {
    return { merged: a, keepsA: true, keepsB: keepsAll(b, a, merge, false) };
  }
  if (keepsAll(b, a, merge, false)) return { merged: b, keepsA: false, keepsB: true };
  const merged: Record<string, T> = {};
  let keepsA = true;
  let keepsB = true;
  for (const key of unionKeys(a, b)) {
    const x = getOwn(a, key);
    const y = getOwn(b, key);
    const value = x === undefined ? y : y === undefined ? x : merge(x, y);
    if (value === undefined) continue;
    keepsA &&= value === x;
    keepsB &&= value === y;
    setOwn(merged, key, value);
  }
  return { merged, keepsA, keepsB };
}

/**
 * Joins two snapshots of one user, guide by guide (`mergeProgress`) and event by event
 * (`mergeEventTallies`): commutative, associative and idempotent, so merging local state, other
 * tabs and the server in any order never loses a dismissal or completion. Returns `a` itself
 * when `b` adds nothing, so the engine can tell whether anything changed by identity. Snapshots
 * of two different users should not be merged; if they are, the greater user id is kept so the
 * result still does not depend on the order.
 *
 * @example
 * const next = mergeSnapshots(state.snapshot, fromOtherTab);
 * if (next !== state.snapshot) set({ snapshot: next });
 */
export function mergeSnapshots(a: Snapshot, b: Snapshot): Snapshot {
  const guides = mergeRecords(a.guides, b.guides, mergeProgress);
  const events = mergeRecords(a.events, b.events, mergeEventTallies);
  const userId = a.userId >= b.userId ? a.userId : b.userId;
  if (guides.keepsA && events.keepsA && userId === a.userId) return a;
  if (guides.keepsB && events.keepsB && userId === b.userId) return b;
  return { v: SNAPSHOT_VERSION, userId, guides: guides.merged, events: events.merged };
}
