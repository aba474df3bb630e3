import { getOwn, setOwn } from './own-record';
import type { EventTally, GuideProgress, Snapshot } from './types';

function sortedRecord<T>(
  record: Readonly<Record<string, T>>,
  encode: (value: T) => unknown,
): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) {
    const value = getOwn(record, key);
    if (value !== undefined) setOwn(result, key, encode(value));
  }
  return result;
}

function storedProgress(p: GuideProgress): Record<string, unknown> {
  return {
    status: p.status,
    statusAt: p.statusAt,
    version: p.version === 1 ? undefined : p.version,
    resetAt: p.resetAt === 0 ? undefined : p.resetAt,
    stepId: p.stepId,
    stepIndex: p.stepIndex,
    stepAt: p.stepAt,
    shows: p.shows === 0 ? undefined : p.shows,
    lastShownAt: p.lastShownAt,
    completedAt: p.completedAt,
    dismissedAt: p.dismissedAt,
    closedAt: p.closedAt,
    snoozedUntil: p.snoozedUntil,
    readAt: p.readAt,
    items: p.items === undefined ? undefined : sortedRecord(p.items, (at) => at),
    answer:
      p.answer === undefined
        ? undefined
        : { attribute: p.answer.attribute, value: p.answer.value, at: p.answer.at },
  };
}

function storedTally(tally: EventTally): Record<string, unknown> {
  return { count: tally.count, recent: tally.recent.length === 0 ? undefined : tally.recent };
}

/**
 * The plain value `encodeSnapshot` serializes: keys sorted, defaults (`version` 1, `resetAt` 0,
 * `shows` 0, no recent timestamps) and absent fields left out.
 */
export function toStoredSnapshot(snapshot: Snapshot): Record<string, unknown> {
  return {
    v: snapshot.v,
    userId: snapshot.userId,
    guides: sortedRecord(snapshot.guides, storedProgress),
    events: sortedRecord(snapshot.events, storedTally),
  };
}

/**
 * Serializes a snapshot compactly and deterministically: the same facts always give the same
 * string, whatever order they were recorded in. `decodeSnapshot` reads it back unchanged.
 *
 * @example
 * storage.setItem('guidepost:user-42', encodeSnapshot(snapshot));
 */
export function encodeSnapshot(snapshot: Snapshot): string {
  return JSON.stringify(toStoredSnapshot(snapshot));
}
