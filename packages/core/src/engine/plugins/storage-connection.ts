import { GuidepostError } from '../../errors/guidepost-error';
import type { AdapterContext, Snapshot, StorageAdapter } from '../../persistence/types';

/** What the connection tells the engine. */
export interface StorageConnectionHandlers {
  readonly onError: (error: GuidepostError) => void;
  /**
   * An async load finished: the stored snapshot, or `undefined` (nothing stored, or it failed).
   * `failed` tells the two apart: true when the adapter threw, rejected or reported a failed load.
   */
  readonly loaded: (userKey: string, snapshot: Snapshot | undefined, failed: boolean) => void;
  /** Another tab wrote a snapshot for the open user. */
  readonly remote: (userKey: string, snapshot: Snapshot) => void;
  /** What the definition uses, which an adapter over its limits keeps first. */
  readonly known?: AdapterContext['known'];
}

/** The answer of `open`: at once from a sync adapter, later (through `loaded`) from an async one. */
export type OpenResult =
  | { readonly sync: true; readonly snapshot: Snapshot | undefined; readonly failed: boolean }
  | { readonly sync: false };

/** One user's connection to a storage adapter at a time. */
export interface StorageConnection {
  /** Loads a user's snapshot and listens for other tabs' writes; forgets the previous user. */
  open(userKey: string): OpenResult;
  save(userKey: string, snapshot: Snapshot): void;
  /** Stops listening; answers still in flight are dropped. */
  close(): void;
}

/** What an adapter that never throws reports when a load failed and it answers `undefined`. */
const LOAD_FAILURES: ReadonlySet<string> = new Set(['remote_load_failed', 'adapter_failed']);

function isThenable<T>(value: unknown): value is PromiseLike<T> {
  return (
    (typeof value === 'object' || typeof value === 'function') &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Wraps a storage adapter so nothing it does can throw into the engine: sync and async
 * adapters alike, a throw or a rejection reported as `adapter_failed`, and answers for a user
 * who is no longer the open one dropped. A load is told apart as failed when the adapter threw,
 * rejected, or reported `remote_load_failed` or `adapter_failed` while it ran, so an empty
 * answer then means "unknown", not "nothing stored". Other tabs' writes are listened to
 * (through `subscribe`) only with `crossTab`.
 *
 * @example
 * const connection = createStorageConnection(localStorageAdapter(), { onError, loaded, remote });
 */
export function createStorageConnection(
  storage: StorageAdapter,
  handlers: StorageConnectionHandlers,
  crossTab = true,
): StorageConnection {
  const known = handlers.known === undefined ? {} : { known: handlers.known };
  let context: AdapterContext = { onError: handlers.onError, ...known };
  let generation = 0;
  let unsubscribe: (() => void) | undefined;
  const failed = (what: string, cause: unknown) =>
    handlers.onError(
      new GuidepostError('adapter_failed', `the storage adapter failed to ${what}`, { cause }),
    );

  const stopListening = () => {
    const stop = unsubscribe;
    unsubscribe = undefined;
    try {
      stop?.();
    } catch (cause) {
      failed('unsubscribe', cause);
    }
  };

  return {
    open(userKey) {
      stopListening();
      const mine = ++generation;
      let loading = true;
      let loadFailed = false;
      context = {
        ...known,
        onError: (error) => {
          if (loading && LOAD_FAILURES.has(error.code)) loadFailed = true;
          handlers.onError(error);
        },
      };
      if (crossTab && storage.subscribe !== undefined) {
        try {
          unsubscribe = storage.subscribe(
            userKey,
            (snapshot) => {
              if (mine === generation) handlers.remote(userKey, snapshot);
            },
            context,
          );
        } catch (cause) {
          failed('subscribe', cause);
        }
      }
      let result: ReturnType<StorageAdapter['load']>;
      try {
        result = storage.load(userKey, context);
      } catch (cause) {
        loading = false;
        failed('load', cause);
        return { sync: true, snapshot: undefined, failed: true };
      }
      if (!isThenable<Snapshot | undefined>(result)) {
        loading = false;
        return { sync: true, snapshot: result, failed: loadFailed };
      }
      result.then(
        (snapshot) => {
          loading = false;
          if (mine === generation) handlers.loaded(userKey, snapshot, loadFailed);
        },
        (cause: unknown) => {
          loading = false;
          if (mine !== generation) return;
          failed('load', cause);
          handlers.loaded(userKey, undefined, true);
        },
      );
      return { sync: false };
    },
    save(userKey, snapshot) {
      try {
        const result = storage.save(userKey, snapshot, context);
        if (isThenable<void>(result))
          result.then(undefined, (cause: unknown) => failed('save', cause));
      } catch (cause) {
        failed('save', cause);
      }
    },
    close() {
      generation++;
      stopListening();
    },
  };
}
