import { mergeSnapshots } from '../../persistence';
import type { Snapshot, StorageAdapter } from '../../persistence/types';
import { currentProgress, storedProgress } from '../progress/current-progress';
import { progressOf, type EngineCore } from '../model/engine-core';
import { recordUsage } from '../record-usage';
import { createStorageConnection } from './storage-connection';
import { storageKeyOf } from '../create-engine-core';

/** Keeps the engine's snapshot and its storage in step, for one user at a time. */
export interface ProgressPersistence {
  /** Loads the current user's snapshot (ready at once from a sync adapter) and listens to other tabs. */
  open(): void;
  /** Saves the snapshot if it changed since storage last held it; nothing before the load. */
  flush(): void;
  /** Remembers an event tracked while loading, to count it on top of the loaded snapshot. */
  trackedWhileLoading(event: string, at: number): void;
  close(): void;
}

/**
 * Connects the engine to its storage adapter. What storage holds is tracked, so a save
 * happens only when the snapshot holds something storage lacks: after a merge from another
 * tab it writes back only what this tab knows beyond it, and two tabs settle instead of
 * echoing each other.
 *
 * @example
 * const sync = createProgressPersistence(core, localStorageAdapter(), true, act);
 */
export function createProgressPersistence(
  core: EngineCore,
  storage: StorageAdapter,
  crossTab: boolean,
  act: (run: () => void) => void,
): ProgressPersistence {
  const { session } = core;
  let saved: Snapshot | undefined;
  let pending: (readonly [string, number])[] = [];
  const userKey = () => storageKeyOf(session.userId);

  const link = createStorageConnection(
    storage,
    {
      onError: (error) => act(() => core.outbox.errors.push(error)),
      loaded: (key, snapshot, failed) =>
        act(() => key === userKey() && applyLoaded(snapshot, failed)),
      remote: (key, snapshot) => act(() => key === userKey() && mergeRemote(snapshot)),
      known: { events: new Set(core.definition.events), guides: new Set(core.ids) },
    },
    crossTab,
  );

  function applyLoaded(snapshot: Snapshot | undefined, failed: boolean): void {
    if (snapshot !== undefined) {
      // Counts are joined by maximum in a merge, so events tracked while loading are
      // replayed on the loaded tallies instead of merged with them.
      let next = mergeSnapshots(snapshot, { ...core.snapshot, events: {} });
      for (const [event, at] of pending) next = recordUsage(next, event, at, core.retention);
      core.snapshot = next;
      saved = snapshot;
    }
    pending = [];
    // An identified user's progress lives in storage (often a server); a load that failed may
    // hide a dismissal this device cannot see. Anonymous progress lives on this device.
    session.progressUnknown = failed && session.userId !== undefined;
    session.ready = true;
  }

  function mergeRemote(incoming: Snapshot): void {
    const before = core.snapshot;
    const merged = mergeSnapshots(before, incoming);
    saved = mergeSnapshots(incoming, merged) === incoming ? merged : incoming;
    session.claimedElsewhere.clear();
    if (merged === before) return;
    core.snapshot = merged;
    for (const id of core.ids) {
      if (session.open.has(id) || progressOf(core, id).status !== 'active') continue;
      const version = core.settings.get(id)?.version ?? 1;
      // Another tab started it while this one ran: it shows there, not here as well.
      if (currentProgress(storedProgress(before, id), version).status !== 'active') {
        session.heldElsewhere.add(id);
      }
    }
  }

  return {
    open() {
      const initial = core.snapshot;
      pending = [];
      saved = undefined;
      const result = link.open(userKey());
      if (!result.sync) {
        session.ready = false;
        return;
      }
      applyLoaded(result.snapshot, result.failed);
      if (result.snapshot === undefined) saved = initial;
    },
    flush() {
      if (!session.ready || core.snapshot === saved) return;
      saved = core.snapshot;
      link.save(userKey(), core.snapshot);
    },
    trackedWhileLoading(event, at) {
      if (!session.ready) pending.push([event, at]);
    },
    close: () => link.close(),
  };
}

/**
 * Progress in memory alone, for an engine without a persistence plugin: every user starts
 * empty and is ready at once, and nothing is saved.
 */
export function memoryProgress(core: EngineCore): ProgressPersistence {
  return {
    open() {
      core.session.progressUnknown = false;
      core.session.ready = true;
    },
    flush: () => undefined,
    trackedWhileLoading: () => undefined,
    close: () => undefined,
  };
}
