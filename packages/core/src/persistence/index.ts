export { SNAPSHOT_VERSION } from './types';
export { emptyProgress, emptySnapshot } from './empty-snapshot';
export { encodeSnapshot } from './encode-snapshot';
export { decodeSnapshot } from './decode-snapshot';
export { migrateSnapshot, SNAPSHOT_MIGRATIONS } from './snapshot-migrations';
export { compareEpochs } from './compare-epochs';
export { mergeProgress } from './merge-progress';
export { mergeEventTallies } from './merge-event-tallies';
export { mergeSnapshots } from './merge-snapshots';
export { resetProgress } from './reset-progress';
export { countEvents, MAX_RECENT_EVENTS, oldestWithin, recordEvent } from './event-tally';
export { memoryAdapter } from './memory-adapter';
export { localStorageAdapter } from './local-storage-adapter';
export { remoteAdapter } from './remote-adapter';

export type {
  AdapterContext,
  EventTally,
  GuideProgress,
  GuideStatus,
  RemoteStore,
  SavedAnswer,
  Snapshot,
  StorageAdapter,
  SyncStorageAdapter,
} from './types';
export type { DecodeOptions, DecodeResult } from './decode-snapshot';
export type { SnapshotMigration } from './snapshot-migrations';
export type { GuideEpoch } from './compare-epochs';
export type { EventRetention } from './event-tally';
export type { GetStorage, StorageLike } from './guarded-storage';
export type { LocalStorageAdapterOptions } from './local-storage-adapter';
export type { RemoteAdapter, RemoteAdapterOptions } from './remote-adapter';
export type { RetryOptions } from './retry-policy';
