import { GuidepostError } from '../errors/guidepost-error';
import { decodeSnapshot } from './decode-snapshot';
import { encodeSnapshot, toStoredSnapshot } from './encode-snapshot';
import type { GuardedStorage } from './guarded-storage';
import { getOwn, isRecord } from './own-record';
import type { ReportOnce } from './report-once';
import type { AdapterContext, Snapshot } from './types';

/** A snapshot waiting to reach the server, with the idempotency key all its tries share. */
export interface OutboxEntry {
  readonly key: string;
  readonly snapshot: Snapshot;
  /** `encodeSnapshot(snapshot)`, kept to compare payloads cheaply. */
  readonly encoded: string;
}

/** Builds an entry for a payload. */
export function createOutboxEntry(key: string, snapshot: Snapshot): OutboxEntry {
  return { key, snapshot, encoded: encodeSnapshot(snapshot) };
}

/**
 * Reads the entry a previous page left for this user. An unreadable one is reported once and
 * ignored; one written by a newer build is ignored and left for that build to send.
 */
export function readOutbox(
  storage: GuardedStorage,
  storageKey: string,
  userId: string,
  context: AdapterContext,
  report: ReportOnce,
): OutboxEntry | undefined {
  const raw = storage.read(storageKey, context);
  if (raw === null || raw === undefined) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    value = undefined;
  }
  const key = isRecord(value) ? getOwn(value, 'key') : undefined;
  const result = decodeSnapshot(isRecord(value) ? getOwn(value, 'snapshot') : undefined, {
    userId,
  });
  if (result.status === 'newer') return undefined;
  if (typeof key !== 'string' || result.status === 'corrupt') {
    report(
      context,
      `storage_corrupt:${storageKey}`,
      new GuidepostError('storage_corrupt', `"${storageKey}" is unreadable; it is ignored.`),
    );
    return undefined;
  }
  return createOutboxEntry(key, result.snapshot);
}

/** Persists the entry so it survives a reload; `false` when storage refused it. */
export function writeOutbox(
  storage: GuardedStorage,
  storageKey: string,
  entry: OutboxEntry,
  context: AdapterContext,
): boolean {
  const value = JSON.stringify({ key: entry.key, snapshot: toStoredSnapshot(entry.snapshot) });
  return storage.write(storageKey, value, context);
}
