import type { GuidepostPlugin } from './guidepost-plugin';

/**
 * Merges the snapshots other tabs save, through the persistence adapter's `subscribe` (the
 * `storage` event for `localStoragePersistence`): a guide dismissed or completed there closes
 * here, and a guide another tab opened is not opened here as well. Needs a persistence plugin.
 *
 * @example
 * createGuidepostEngine(definition, { plugins: [localStoragePersistence(), storageSync()] });
 */
export function storageSync(): GuidepostPlugin {
  return { name: 'storageSync', parts: { crossTab: true } };
}
