import { GuidepostError } from '../errors/guidepost-error';
import { decodeSnapshot } from './decode-snapshot';
import { encodeSnapshot } from './encode-snapshot';
import { createGuardedStorage, getLocalStorage } from './guarded-storage';
import type { GetStorage } from './guarded-storage';
import { mergeSnapshots } from './merge-snapshots';
import { createReportOnce, reportNewerSchema } from './report-once';
import { capSnapshot, STORAGE_LIMITS } from './cap-snapshot';
import type { AdapterContext, Snapshot, SyncStorageAdapter } from './types';

/** Where `localStorageAdapter` keeps snapshots. */
export interface LocalStorageAdapterOptions {
  /** Keys are `<prefix><userId>`. @default 'guidepost:' */
  readonly prefix?: string;
  /** The storage to use. @default a guarded read of `window.localStorage` */
  readonly getStorage?: GetStorage;
}

/** What a stored key held, as far as this build can tell. */
type Stored =
  | { readonly kind: 'unavailable' }
  | { readonly kind: 'missing' }
  | { readonly kind: 'newer' }
  | { readonly kind: 'corrupt'; readonly raw: string }
  | { readonly kind: 'found'; readonly raw: string; readonly snapshot: Snapshot };

/**
 * Persists each user's snapshot in `localStorage` under `guidepost:<userId>`, and never throws.
 *
 * - No storage (server, blocked site data, sandboxed iframe): the session runs in memory;
 *   `storage_unavailable` is reported once.
 * - A write that fails (quota, private mode): the snapshot stays in memory and later loads see
 *   it; `storage_write_failed` is reported once; no other key and no previous value is touched.
 * - Corrupt or foreign data: loads as empty, `storage_corrupt` is reported once, the next save
 *   overwrites it. Entries that can be read are kept.
 * - An older schema is migrated on load and written back on the next save. A newer one is never
 *   read nor overwritten: the session runs in memory; `storage_newer_version` is reported once.
 *
 * Each save merges with what is stored, so a tab never overwrites another tab's dismissal it has
 * not heard of yet. `subscribe` delivers snapshots other tabs write; the engine merges them.
 *
 * @example
 * const guidepost = createGuidepost(definition, { user, storage: localStorageAdapter() });
 */
export function localStorageAdapter(options: LocalStorageAdapterOptions = {}): SyncStorageAdapter {
  const prefix = options.prefix ?? 'guidepost:';
  const report = createReportOnce();
  const storage = createGuardedStorage(options.getStorage ?? getLocalStorage, report);
  const memory = new Map<string, Snapshot>();
  const keyOf = (userId: string): string => `${prefix}${userId}`;

  const interpret = (userId: string, raw: string, context: AdapterContext): Stored => {
    const result = decodeSnapshot(raw, { userId });
    const key = keyOf(userId);
    switch (result.status) {
      case 'newer':
        reportNewerSchema(
          report,
          context,
          userId,
          `"${key}"`,
          result.version,
          'it is left untouched and this session runs in memory.',
        );
        return { kind: 'newer' };
      case 'corrupt':
        report(
          context,
          `storage_corrupt:${userId}`,
          new GuidepostError('storage_corrupt', `"${key}": ${result.reason} Starting empty.`),
        );
        return { kind: 'corrupt', raw };
      default: {
        if (result.issues.length > 0) {
          report(
            context,
            `storage_corrupt:${userId}`,
            new GuidepostError(
              'storage_corrupt',
              `"${key}": unreadable entries were dropped or repaired: ${result.issues.join(', ')}.`,
              { path: result.issues[0] ?? '' },
            ),
          );
        }
        return { kind: 'found', raw, snapshot: capped(userId, result.snapshot, context) };
      }
    }
  };

  /** The snapshot within `STORAGE_LIMITS`; what was over is reported once per user. */
  const capped = (userId: string, snapshot: Snapshot, context: AdapterContext): Snapshot => {
    const result = capSnapshot(snapshot, context.known);
    if (result.droppedEvents + result.droppedGuides > 0) {
      const count = (n: number, what: string) => `${n.toLocaleString('en-US')} ${what}`;
      report(
        context,
        `storage_over_limit:${userId}`,
        new GuidepostError(
          'storage_over_limit',
          `"${keyOf(userId)}" is over the limits of ${STORAGE_LIMITS.events.toLocaleString('en-US')} ` +
            `event tallies and ${STORAGE_LIMITS.guides.toLocaleString('en-US')} guide entries: ` +
            `${count(result.droppedEvents, 'tallies')} and ${count(result.droppedGuides, 'guide entries')} ` +
            'used least recently were dropped (dismissals and completions last).',
        ),
      );
    }
    return result.snapshot;
  };

  /** The last value read or written per user, so an unchanged value is never decoded twice. */
  const lastSeen = new Map<string, Stored>();

  const readStored = (userId: string, context: AdapterContext): Stored => {
    const raw = storage.read(keyOf(userId), context);
    if (raw === undefined) return { kind: 'unavailable' };
    if (raw === null) return { kind: 'missing' };
    const seen = lastSeen.get(userId);
    if (seen !== undefined && 'raw' in seen && seen.raw === raw) return seen;
    const stored = interpret(userId, raw, context);
    lastSeen.set(userId, stored);
    return stored;
  };

  return {
    load(userId, context) {
      const kept = memory.get(userId);
      const stored = readStored(userId, context);
      if (stored.kind !== 'found') return kept;
      return kept === undefined ? stored.snapshot : mergeSnapshots(stored.snapshot, kept);
    },

    save(userId, snapshot, context) {
      const kept = memory.get(userId);
      let latest = kept === undefined ? snapshot : mergeSnapshots(snapshot, kept);
      memory.set(userId, latest);
      const stored = readStored(userId, context);
      if (stored.kind === 'unavailable' || stored.kind === 'newer') return;
      if (stored.kind === 'found') {
        latest = mergeSnapshots(latest, stored.snapshot);
        memory.set(userId, latest);
      }
      latest = capped(userId, latest, context);
      memory.set(userId, latest);
      const encoded = encodeSnapshot(latest);
      const previous = stored.kind === 'missing' ? null : stored.raw;
      if (encoded === previous) return;
      if (storage.write(keyOf(userId), encoded, context)) {
        lastSeen.set(userId, { kind: 'found', raw: encoded, snapshot: latest });
      }
    },

    subscribe(userId, listener, context) {
      if (typeof window === 'undefined' || typeof window.addEventListener !== 'function') {
        return () => {};
      }
      const key = keyOf(userId);
      const onStorage = (event: StorageEvent): void => {
        if (event.key !== key || event.newValue === null) return;
        const area = event.storageArea;
        if (area !== null && area !== storage.resolve(context)) return;
        const stored = interpret(userId, event.newValue, context);
        lastSeen.set(userId, stored);
        if (stored.kind !== 'found') return;
        try {
          listener(stored.snapshot);
        } catch (cause) {
          report(
            context,
            'adapter_failed',
            new GuidepostError('adapter_failed', 'A storage listener threw.', { cause }),
          );
        }
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}
