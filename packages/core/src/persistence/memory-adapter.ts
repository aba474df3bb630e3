import type { Snapshot, SyncStorageAdapter } from './types';

/**
 * Keeps snapshots in memory for the life of the page: for tests, for server rendering, and for
 * apps that persist nothing on the client.
 *
 * @example
 * const guidepost = createGuidepost(definition, { user, storage: memoryAdapter() });
 */
export function memoryAdapter(initial: readonly Snapshot[] = []): SyncStorageAdapter {
  const snapshots = new Map<string, Snapshot>(initial.map((s) => [s.userId, s]));
  return {
    load: (userId) => snapshots.get(userId),
    save: (userId, snapshot) => {
      snapshots.set(userId, snapshot);
    },
  };
}
