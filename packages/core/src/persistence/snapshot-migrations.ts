import { getOwn, isRecord, setOwn } from './own-record';
import { asCount, asFinite } from './parse-fields';

/** One schema step: a pure function from a stored value at `from` to the same data at `to`. */
export interface SnapshotMigration {
  readonly from: number;
  readonly to: number;
  readonly migrate: (value: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** `seen` values at or above this read as epoch ms (March 1973 on); below it, as show counts. */
const EPOCH_MS_FLOOR = 1e11;

function guideIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : [];
}

/**
 * The pre-release shape, `{ userId, dismissed: string[], completed: string[], seen? }`, to v1.
 * Every listed dismissal and completion is kept; their time is unknown, so it reads as 0.
 * `seen` maps a guide id to when it was last shown, or to how often in older builds.
 */
const fromUnversioned: SnapshotMigration = {
  from: 0,
  to: 1,
  migrate(value) {
    const dismissed = new Set(guideIds(getOwn(value, 'dismissed')));
    const completed = new Set(guideIds(getOwn(value, 'completed')));
    const rawSeen = getOwn(value, 'seen');
    const seen = isRecord(rawSeen) ? rawSeen : {};
    const guides: Record<string, unknown> = {};
    for (const id of new Set([...dismissed, ...completed, ...Object.keys(seen)])) {
      const mark = asFinite(getOwn(seen, id));
      const lastShownAt = mark !== undefined && mark >= EPOCH_MS_FLOOR ? mark : undefined;
      const seenCount = lastShownAt === undefined ? (asCount(mark) ?? 0) : 1;
      const done = dismissed.has(id) || completed.has(id);
      setOwn(guides, id, {
        status: dismissed.has(id) ? 'dismissed' : completed.has(id) ? 'completed' : 'idle',
        version: 1,
        resetAt: 0,
        shows: done ? Math.max(1, seenCount) : seenCount,
        ...(lastShownAt !== undefined && { lastShownAt }),
        ...(completed.has(id) && { completedAt: 0 }),
        ...(dismissed.has(id) && { dismissedAt: 0 }),
      });
    }
    return { v: 1, userId: getOwn(value, 'userId'), guides, events: {} };
  },
};

/** Every schema step this build knows, oldest first. */
export const SNAPSHOT_MIGRATIONS: readonly SnapshotMigration[] = [fromUnversioned];

/**
 * Brings a stored value from schema `from` up to `to` (pure: the input is not touched), or
 * answers `undefined` when no chain of migrations leads there.
 */
export function migrateSnapshot(
  value: Readonly<Record<string, unknown>>,
  from: number,
  to: number,
): Record<string, unknown> | undefined {
  let current: Record<string, unknown> = { ...value };
  let version = from;
  while (version < to) {
    const step = SNAPSHOT_MIGRATIONS.find((migration) => migration.from === version);
    if (step === undefined) return undefined;
    current = step.migrate(current);
    version = step.to;
  }
  return version === to ? current : undefined;
}
