import { localStorageAdapter } from '../../persistence/local-storage-adapter';
import type { LocalStorageAdapterOptions } from '../../persistence/local-storage-adapter';
import type { StorageAdapter } from '../../persistence/types';
import { createProgressPersistence } from './progress-persistence';
import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Keeps progress in a storage adapter of your choice (`memoryAdapter()`, `remoteAdapter(…)`,
 * your own): loaded when a user is identified, saved after every change, an async load waited
 * for before anything shows. Without a persistence plugin, the engine keeps progress in memory
 * for the life of the page.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [persistence(remoteAdapter({ store }))] });
 */
export function persistence(storage: StorageAdapter): GuidepostPlugin {
  return {
    name: 'persistence',
    parts: {
      sync: (core, act, parts) =>
        createProgressPersistence(core, storage, parts.crossTab === true, act),
    },
  };
}

/**
 * Keeps progress in `localStorage` (the full preset's default), one versioned snapshot per
 * user. Add `storageSync()` to merge what other tabs save.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [localStoragePersistence(), storageSync()] });
 */
export function localStoragePersistence(options?: LocalStorageAdapterOptions): GuidepostPlugin {
  return { ...persistence(localStorageAdapter(options)), name: 'localStoragePersistence' };
}
