import { progressOf, writeProgress, type EngineCore } from '../model/engine-core';

/**
 * Marks announcements read in the guide center's "what's new": each keeps the moment it was
 * first read (`readAt`), saved with its progress, so the mark survives reloads, follows the
 * user across tabs and devices, and a new version of the announcement is unread again. Ids
 * that are not announcements, or are read already, change nothing.
 */
export function markRead(core: EngineCore, ids: readonly string[]): void {
  const at = core.clock();
  for (const id of ids) {
    if (core.settings.get(id)?.kind !== 'announcement') continue;
    const progress = progressOf(core, id);
    if (progress.readAt !== undefined) continue;
    writeProgress(core, id, { ...progress, readAt: at });
  }
}
