import { emptySnapshot } from './empty-snapshot';
import { getOwn, isRecord, setOwn } from './own-record';
import { parseEventTally } from './parse-event-tally';
import { parseGuideProgress } from './parse-guide-progress';
import { migrateSnapshot } from './snapshot-migrations';
import { SNAPSHOT_VERSION } from './types';
import type { EventTally, GuideProgress, Snapshot } from './types';

/**
 * What `decodeSnapshot` found:
 * - `ok`: a current snapshot; `issues` lists the paths of entries or fields it had to drop or
 *   repair (empty when the value was clean).
 * - `migrated`: an older schema (`from`), brought up to date; write it back on the next save.
 * - `corrupt`: unreadable, foreign or another user's; `snapshot` is empty and `reason` says why.
 *   Treat it as nothing stored; the next save overwrites it.
 * - `newer`: written by a newer build (`version`). Read nothing from it and never write over it.
 */
export type DecodeResult =
  | { readonly status: 'ok'; readonly snapshot: Snapshot; readonly issues: readonly string[] }
  | {
      readonly status: 'migrated';
      readonly snapshot: Snapshot;
      readonly from: number;
      readonly issues: readonly string[];
    }
  | { readonly status: 'corrupt'; readonly snapshot: Snapshot; readonly reason: string }
  | { readonly status: 'newer'; readonly version: number };

/** What the caller expects of a stored snapshot. */
export interface DecodeOptions {
  /**
   * The user the value should belong to: a stored value for another user is `corrupt`, one
   * without a user id is read as this user's, and an empty snapshot carries this id.
   */
  readonly userId?: string;
}

function corrupt(options: DecodeOptions, reason: string): DecodeResult {
  return { status: 'corrupt', snapshot: emptySnapshot(options.userId ?? ''), reason };
}

/** The pre-release shape had no `v`, only lists of guide ids. */
function isUnversioned(value: Readonly<Record<string, unknown>>): boolean {
  return (
    getOwn(value, 'v') === undefined &&
    (Array.isArray(getOwn(value, 'dismissed')) || Array.isArray(getOwn(value, 'completed')))
  );
}

function parseRecord<T>(
  value: unknown,
  path: string,
  issues: string[],
  parse: (entry: unknown, entryPath: string, issues: string[]) => T | undefined,
): Record<string, T> {
  const result: Record<string, T> = {};
  if (value === undefined) return result;
  if (!isRecord(value)) {
    issues.push(path);
    return result;
  }
  for (const [key, entry] of Object.entries(value)) {
    const parsed = parse(entry, `${path}.${key}`, issues);
    if (parsed !== undefined) setOwn(result, key, parsed);
  }
  return result;
}

function decodeValue(raw: unknown, options: DecodeOptions): DecodeResult {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return corrupt(options, 'The stored value is not JSON.');
    }
  }
  if (!isRecord(value)) return corrupt(options, 'The stored value is not an object.');

  const version = isUnversioned(value) ? 0 : getOwn(value, 'v');
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    return corrupt(options, 'The stored value has no schema version: not a Guidepost snapshot.');
  }
  if (version > SNAPSHOT_VERSION) return { status: 'newer', version };
  const current = migrateSnapshot(value, version, SNAPSHOT_VERSION);
  if (current === undefined) {
    return corrupt(options, `No migration leads from schema ${version} to ${SNAPSHOT_VERSION}.`);
  }

  const issues: string[] = [];
  const storedUser = getOwn(current, 'userId');
  let userId: string;
  if (typeof storedUser === 'string') {
    if (options.userId !== undefined && storedUser !== options.userId) {
      return corrupt(options, 'The stored snapshot belongs to another user.');
    }
    userId = storedUser;
  } else if (options.userId !== undefined) {
    issues.push('userId');
    userId = options.userId;
  } else {
    return corrupt(options, 'The stored snapshot has no user id.');
  }

  const snapshot: Snapshot = {
    v: SNAPSHOT_VERSION,
    userId,
    guides: parseRecord<GuideProgress>(
      getOwn(current, 'guides'),
      'guides',
      issues,
      parseGuideProgress,
    ),
    events: parseRecord<EventTally>(getOwn(current, 'events'), 'events', issues, parseEventTally),
  };
  return version === SNAPSHOT_VERSION
    ? { status: 'ok', snapshot, issues }
    : { status: 'migrated', snapshot, from: version, issues };
}

/**
 * Reads a stored snapshot, from a JSON string or an already parsed value, and never throws.
 * Every field is checked: a bad guide or event entry is dropped on its own (a bad field inside
 * one is dropped or defaulted, and a dismissal or completion that can still be read is kept),
 * so one broken entry never costs the rest. Older schemas are migrated; newer ones are left
 * alone (see `DecodeResult`).
 *
 * @example
 * const result = decodeSnapshot(storage.getItem('guidepost:user-42'), { userId: 'user-42' });
 * const found = result.status === 'ok' || result.status === 'migrated';
 * const snapshot = found ? result.snapshot : undefined;
 */
export function decodeSnapshot(raw: unknown, options: DecodeOptions = {}): DecodeResult {
  try {
    return decodeValue(raw, options);
  } catch {
    return corrupt(options, 'The stored value could not be read.');
  }
}
