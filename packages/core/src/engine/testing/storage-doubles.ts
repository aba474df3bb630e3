import type { Snapshot, StorageAdapter } from '../../persistence/types';

/** A storage adapter that answers `load` with a promise the test settles. */
export interface DeferredStorage extends StorageAdapter {
  readonly saves: Snapshot[];
  resolve(snapshot: Snapshot | undefined): Promise<void>;
  reject(cause: unknown): Promise<void>;
}

/** An async adapter whose first load waits for the test. */
export function deferredStorage(): DeferredStorage {
  let settle: { resolve(value: Snapshot | undefined): void; reject(cause: unknown): void };
  const pending = new Promise<Snapshot | undefined>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const saves: Snapshot[] = [];
  const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    saves,
    load: () => pending,
    save: async (_userId, snapshot) => {
      saves.push(snapshot);
    },
    resolve: (snapshot) => {
      settle.resolve(snapshot);
      return flush();
    },
    reject: (cause) => {
      settle.reject(cause);
      return flush();
    },
  };
}

/** Storage shared by several engines, as tabs share `localStorage`; each save reaches the others. */
export interface SharedStorage {
  /** The adapter one tab uses. */
  tab(): StorageAdapter;
  read(userId: string): Snapshot | undefined;
}

/** Creates storage that several engines share, with cross-tab notifications. */
export function sharedStorage(): SharedStorage {
  const stored = new Map<string, Snapshot>();
  const listeners = new Set<{
    readonly tab: object;
    readonly userId: string;
    readonly listener: (snapshot: Snapshot) => void;
  }>();
  return {
    tab() {
      const tab = {};
      return {
        load: (userId) => stored.get(userId),
        save: (userId, snapshot) => {
          stored.set(userId, snapshot);
          for (const entry of [...listeners]) {
            if (entry.tab !== tab && entry.userId === userId) entry.listener(snapshot);
          }
        },
        subscribe: (userId, listener) => {
          const entry = { tab, userId, listener };
          listeners.add(entry);
          return () => listeners.delete(entry);
        },
      };
    },
    read: (userId) => stored.get(userId),
  };
}
