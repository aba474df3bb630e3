import type { AdapterContext, EventTally, GuideProgress, Snapshot } from './types';

/**
 * Caps on what one stored snapshot holds, so a value that grew (or was written) huge cannot
 * make every later save slow: a save rewrites the whole value.
 */
export const STORAGE_LIMITS = {
  /** Event tallies kept; the ones used longest ago go first. Twice the events a definition lists. */
  events: 2000,
  /** Guide progress entries kept; two definitions' worth of guides. */
  guides: 2000,
} as const;

/** What `capSnapshot` left out. */
export interface CappedSnapshot {
  readonly snapshot: Snapshot;
  readonly droppedEvents: number;
  readonly droppedGuides: number;
}

function lastActivity(progress: GuideProgress): number {
  return Math.max(
    progress.statusAt ?? 0,
    progress.lastShownAt ?? 0,
    progress.completedAt ?? 0,
    progress.dismissedAt ?? 0,
    progress.closedAt ?? 0,
    progress.readAt ?? 0,
    progress.stepAt ?? 0,
    progress.resetAt,
  );
}

const isTerminal = (progress: GuideProgress) =>
  progress.status === 'dismissed' || progress.status === 'completed';

function keepFirst<T>(
  record: Readonly<Record<string, T>>,
  limit: number,
  known: (key: string) => number,
  rank: (a: T, b: T) => number,
): [Readonly<Record<string, T>>, number] {
  const keys = Object.keys(record);
  if (keys.length <= limit) return [record, 0];
  const kept = keys
    .sort((a, b) => known(b) - known(a) || rank(record[a] as T, record[b] as T))
    .slice(0, limit)
    .sort();
  const result: Record<string, T> = {};
  for (const key of kept) {
    Object.defineProperty(result, key, {
      value: record[key],
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return [result, keys.length - limit];
}

/**
 * A snapshot within `STORAGE_LIMITS`, the same object when it already is. Over a cap it keeps
 * first what the engine's definition uses (`known`), then the event tallies used most recently
 * (then the largest counts) and the guide entries that matter most: dismissals and completions
 * first, so a pop-up the user closed for good stays closed, then the most recently touched.
 *
 * @example
 * const { snapshot, droppedEvents } = capSnapshot(decoded);
 */
export function capSnapshot(snapshot: Snapshot, known?: AdapterContext['known']): CappedSnapshot {
  const isKnown = (names: ReadonlySet<string> | undefined) => (key: string) =>
    names?.has(key) === true ? 1 : 0;
  const [events, droppedEvents] = keepFirst<EventTally>(
    snapshot.events,
    STORAGE_LIMITS.events,
    isKnown(known?.events),
    (a, b) => (b.recent.at(-1) ?? 0) - (a.recent.at(-1) ?? 0) || b.count - a.count,
  );
  const [guides, droppedGuides] = keepFirst<GuideProgress>(
    snapshot.guides,
    STORAGE_LIMITS.guides,
    isKnown(known?.guides),
    (a, b) => Number(isTerminal(b)) - Number(isTerminal(a)) || lastActivity(b) - lastActivity(a),
  );
  if (droppedEvents === 0 && droppedGuides === 0) {
    return { snapshot, droppedEvents, droppedGuides };
  }
  return { snapshot: { ...snapshot, events, guides }, droppedEvents, droppedGuides };
}
