import { GuidepostError } from '../errors/guidepost-error';
import type { ReportOnce } from './report-once';
import type { AdapterContext } from './types';

/** The part of the Web Storage API Guidepost uses; `localStorage` and `sessionStorage` fit. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Returns the storage to use; it may throw, or return nothing where there is none. */
export type GetStorage = () => StorageLike | null | undefined;

/**
 * `window.localStorage`, read only when called: there is no `window` on a server, and the getter
 * itself throws a SecurityError when site data is blocked or in a sandboxed iframe.
 */
export function getLocalStorage(): StorageLike | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/** Storage access in which nothing throws; failures are reported once and memory takes over. */
export interface GuardedStorage {
  /** The stored string, `null` when the key is empty, `undefined` when storage is unusable. */
  read(key: string, context: AdapterContext): string | null | undefined;
  /** Whether the value was written. */
  write(key: string, value: string, context: AdapterContext): boolean;
  remove(key: string, context: AdapterContext): void;
  /** The storage itself, or `undefined` when it is unusable. */
  resolve(context: AdapterContext): StorageLike | undefined;
}

/**
 * Wraps a storage getter: resolved on first use (never at import), and on any failure to reach
 * it the session goes on in memory with one `storage_unavailable` report. A write that throws
 * (quota, private mode) reports `storage_write_failed` once and leaves every key, including the
 * previous value, as it was.
 */
export function createGuardedStorage(getStorage: GetStorage, report: ReportOnce): GuardedStorage {
  let storage: StorageLike | undefined;
  let unusable = false;

  const giveUp = (context: AdapterContext, cause: unknown): undefined => {
    unusable = true;
    storage = undefined;
    report(
      context,
      'storage_unavailable',
      new GuidepostError(
        'storage_unavailable',
        'Storage is not available; progress is kept in memory for this session only.',
        { cause },
      ),
    );
    return undefined;
  };

  const resolve = (context: AdapterContext): StorageLike | undefined => {
    if (unusable) return undefined;
    if (storage !== undefined) return storage;
    try {
      storage = getStorage() ?? undefined;
    } catch (cause) {
      return giveUp(context, cause);
    }
    return storage ?? giveUp(context, undefined);
  };

  const writeFailed = (context: AdapterContext, cause: unknown): void => {
    report(
      context,
      'storage_write_failed',
      new GuidepostError(
        'storage_write_failed',
        'Writing to storage failed (full or blocked); progress is kept in memory.',
        { cause },
      ),
    );
  };

  return {
    resolve,
    read(key, context) {
      const target = resolve(context);
      if (target === undefined) return undefined;
      try {
        return target.getItem(key);
      } catch (cause) {
        return giveUp(context, cause);
      }
    },
    write(key, value, context) {
      const target = resolve(context);
      if (target === undefined) return false;
      try {
        target.setItem(key, value);
        return true;
      } catch (cause) {
        writeFailed(context, cause);
        return false;
      }
    },
    remove(key, context) {
      const target = resolve(context);
      if (target === undefined) return;
      try {
        target.removeItem(key);
      } catch (cause) {
        writeFailed(context, cause);
      }
    },
  };
}
