import { GuidepostError } from '../errors/guidepost-error';
import { createIdempotencyKey } from './create-idempotency-key';
import { encodeSnapshot } from './encode-snapshot';
import { createGuardedStorage, getLocalStorage } from './guarded-storage';
import type { GetStorage } from './guarded-storage';
import { listenPageFlush } from './listen-page-flush';
import { loadRemoteSnapshot } from './load-remote-snapshot';
import { mergeSnapshots } from './merge-snapshots';
import { createOutboxEntry, readOutbox, writeOutbox } from './outbox';
import type { OutboxEntry } from './outbox';
import { createReportOnce, reportError } from './report-once';
import { backoffDelay, isRetryableError } from './retry-policy';
import type { RetryOptions } from './retry-policy';
import type { AdapterContext, RemoteStore, Snapshot, StorageAdapter } from './types';

/** How `remoteAdapter` queues, retries and persists server writes. */
export interface RemoteAdapterOptions {
  /** Where the outbox is kept across reloads. @default a guarded read of `window.localStorage` */
  readonly getStorage?: GetStorage;
  /** Outbox keys are `<outboxPrefix><userId>`. @default 'guidepost:outbox:' */
  readonly outboxPrefix?: string;
  /** How long a save waits for more saves to join it, in ms. @default 250 */
  readonly debounceMs?: number;
  /** Retries with exponential backoff and jitter. */
  readonly retry?: RetryOptions;
  /** Flush on `online`, `pagehide` and `visibilitychange` to hidden. @default true */
  readonly flushOnPageEvents?: boolean;
  /** @default globalThis.setTimeout, read at each call so fake timers apply */
  setTimeout?(callback: () => void, ms: number): unknown;
  /** @default globalThis.clearTimeout */
  clearTimeout?(handle: unknown): void;
  /** @default Math.random */
  random?(): number;
  /** @default Date.now */
  now?(): number;
  /** A fresh key per payload. @default the time and 96 random bits, in base 36 */
  createIdempotencyKey?(): string;
}

/** A server-backed adapter: local-first saves, an outbox that survives reloads, retries. */
export interface RemoteAdapter extends StorageAdapter {
  load(userId: string, context: AdapterContext): Promise<Snapshot | undefined>;
  save(userId: string, snapshot: Snapshot, context: AdapterContext): Promise<void>;
  /** Sends every pending snapshot now; resolves when those tries end and never rejects. */
  flush(): Promise<void>;
  /** Removes page listeners and stops timers; pending snapshots stay in the outbox. */
  dispose(): void;
}

/** What is known about one user's writes. */
interface Lane {
  readonly userId: string;
  context: AdapterContext;
  /** The payload waiting to be sent (or being sent). */
  entry: OutboxEntry | undefined;
  /** The encoded payload the server is known to hold, so an unchanged save sends nothing. */
  acked: string | undefined;
  /** The key of a payload the server refused with a 4xx: not sent again until it changes. */
  refusedKey: string | undefined;
  attempt: number;
  timer: { handle: unknown } | undefined;
  inFlight: Promise<void> | undefined;
  flushAfterFlight: boolean;
  /** The server holds a newer schema: nothing is sent over it. */
  frozen: boolean;
}

/**
 * Persists snapshots on a server through the app's own `RemoteStore`, and never throws.
 *
 * Saves are local-first: the latest snapshot is kept in an outbox (`guidepost:outbox:<userId>` in
 * `localStorage`), a burst of saves is sent as one request, and each payload carries an
 * idempotency key that all its retries share. Failures (network, 5xx, 408, 429) are retried
 * with exponential backoff and jitter; any other 4xx is reported and not retried. The outbox is
 * flushed when the page comes online or is hidden, and a page that loads finds what a previous
 * page could not send, merges it into what the server returns and sends it. Send with
 * `keepalive: true` so a flush on `pagehide` outlives the page; the server should store a merge
 * (`mergeSnapshots`) of what it has and what it receives, and drop a repeated idempotency key.
 *
 * @example
 * const storage = remoteAdapter({
 *   load: (userId) => fetch(`/api/guides/${userId}`).then((r) => (r.ok ? r.json() : null)),
 *   save: async (userId, snapshot, key) => {
 *     const response = await fetch(`/api/guides/${userId}`, {
 *       method: 'PUT',
 *       headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
 *       body: JSON.stringify(snapshot),
 *       keepalive: true,
 *     });
 *     const { ok, status, statusText } = response;
 *     if (!ok) throw Object.assign(new Error(statusText), { status });
 *   },
 * });
 */
export function remoteAdapter(
  remote: RemoteStore,
  options: RemoteAdapterOptions = {},
): RemoteAdapter {
  const prefix = options.outboxPrefix ?? 'guidepost:outbox:';
  const debounceMs = options.debounceMs ?? 250;
  const retries = options.retry?.retries ?? 6;
  const random = (): number => (options.random ?? Math.random)();
  const now = (): number => (options.now ?? Date.now)();
  const setTimer = (callback: () => void, ms: number): unknown =>
    options.setTimeout ? options.setTimeout(callback, ms) : globalThis.setTimeout(callback, ms);
  const clearTimer = (handle: unknown): void =>
    options.clearTimeout
      ? options.clearTimeout(handle)
      : globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>);
  const createKey = (): string =>
    options.createIdempotencyKey?.() ?? createIdempotencyKey(now(), random);

  const report = createReportOnce();
  const storage = createGuardedStorage(options.getStorage ?? getLocalStorage, report);
  const lanes = new Map<string, Lane>();
  let disposed = false;
  const outboxKey = (userId: string): string => `${prefix}${userId}`;
  const readLeft = (lane: Lane): OutboxEntry | undefined =>
    readOutbox(storage, outboxKey(lane.userId), lane.userId, lane.context, report);

  const laneFor = (userId: string, context: AdapterContext): Lane => {
    const lane = lanes.get(userId) ?? {
      userId,
      context,
      entry: undefined,
      acked: undefined,
      refusedKey: undefined,
      attempt: 0,
      timer: undefined,
      inFlight: undefined,
      flushAfterFlight: false,
      frozen: false,
    };
    lane.context = context;
    lanes.set(userId, lane);
    return lane;
  };

  const cancelTimer = (lane: Lane): void => {
    if (lane.timer !== undefined) clearTimer(lane.timer.handle);
    lane.timer = undefined;
  };

  const sendable = (lane: Lane): OutboxEntry | undefined => {
    const entry = lane.entry;
    return entry === undefined || lane.frozen || entry.key === lane.refusedKey ? undefined : entry;
  };

  const schedule = (lane: Lane, delay: number): void => {
    if (disposed || lane.timer || lane.inFlight || sendable(lane) === undefined) return;
    const timer = { handle: undefined as unknown };
    lane.timer = timer;
    timer.handle = setTimer(() => {
      if (lane.timer === timer) lane.timer = undefined;
      void send(lane);
    }, delay);
  };

  const succeeded = (lane: Lane, entry: OutboxEntry): undefined => {
    lane.attempt = 0;
    lane.acked = entry.encoded;
    if (lane.entry !== entry) return undefined;
    lane.entry = undefined;
    const onDisk = readLeft(lane);
    if (onDisk === undefined || onDisk.key === entry.key) {
      storage.remove(outboxKey(lane.userId), lane.context);
    }
    return undefined;
  };

  const failed = (lane: Lane, entry: OutboxEntry, cause: unknown): number | undefined => {
    const refused = !isRetryableError(cause);
    if (!refused && (lane.attempt += 1) <= retries) {
      return backoffDelay(lane.attempt, options.retry ?? {}, random);
    }
    if (refused) lane.refusedKey = entry.key;
    const message = refused
      ? 'The server refused the progress update; it is sent again only once it changes.'
      : `Saving progress to the server failed ${retries + 1} times; it stays queued for ` +
        'the next change, the page coming online, or the next load.';
    report(
      lane.context,
      `remote_save_failed:${entry.key}`,
      new GuidepostError('remote_save_failed', message, { cause }),
    );
    return undefined;
  };

  const send = (lane: Lane): Promise<void> => {
    if (lane.inFlight) return lane.inFlight;
    const entry = sendable(lane);
    if (entry === undefined) return Promise.resolve();
    cancelTimer(lane);
    const flight = Promise.resolve()
      .then(() => remote.save(lane.userId, entry.snapshot, entry.key))
      .then(
        () => succeeded(lane, entry),
        (cause: unknown) => failed(lane, entry, cause),
      )
      .then((retryIn) => {
        lane.inFlight = undefined;
        const changed = lane.entry !== undefined && lane.entry !== entry;
        if (changed && lane.flushAfterFlight) void send(lane);
        else if (retryIn !== undefined) schedule(lane, retryIn);
        else if (changed) schedule(lane, debounceMs);
        lane.flushAfterFlight = false;
      });
    lane.inFlight = flight;
    return flight;
  };

  const flush = async (): Promise<void> => {
    const tries = [...lanes.values()].map((lane) => {
      lane.attempt = 0;
      if (lane.inFlight) lane.flushAfterFlight = true;
      return send(lane);
    });
    await Promise.all(tries);
  };

  /** Takes the outbox another page or tab left, merged with this page's pending payload. */
  const adoptLeftover = (lane: Lane): void => {
    const onDisk = readLeft(lane);
    if (onDisk === undefined || onDisk.key === lane.entry?.key) return;
    if (lane.entry === undefined) {
      lane.entry = onDisk;
      return;
    }
    const merged = mergeSnapshots(lane.entry.snapshot, onDisk.snapshot);
    if (merged === lane.entry.snapshot) return;
    lane.entry = createOutboxEntry(createKey(), merged);
    writeOutbox(storage, outboxKey(lane.userId), lane.entry, lane.context);
  };

  const stopListening =
    options.flushOnPageEvents === false ? () => {} : listenPageFlush(() => void flush());

  return {
    async load(userId, context) {
      try {
        const lane = laneFor(userId, context);
        adoptLeftover(lane);
        const answer = await loadRemoteSnapshot(remote, userId, context, report);
        if (answer.status === 'newer') lane.frozen = true;
        const server = answer.status === 'found' ? answer.snapshot : undefined;
        if (answer.status === 'found' && answer.clean && lane.entry === undefined) {
          lane.acked = encodeSnapshot(answer.snapshot);
        }
        const pending = lane.entry?.snapshot;
        if (pending !== undefined) {
          lane.attempt = 0;
          schedule(lane, 0);
        }
        if (server === undefined || pending === undefined) return server ?? pending;
        return mergeSnapshots(server, pending);
      } catch (cause) {
        reportError(
          context,
          new GuidepostError('adapter_failed', 'Loading progress failed.', { cause }),
        );
        return undefined;
      }
    },

    async save(userId, snapshot, context) {
      try {
        const lane = laneFor(userId, context);
        adoptLeftover(lane);
        const merged = lane.entry ? mergeSnapshots(lane.entry.snapshot, snapshot) : snapshot;
        const encoded = encodeSnapshot(merged);
        if (encoded === (lane.entry?.encoded ?? lane.acked)) return;
        lane.entry = createOutboxEntry(createKey(), merged);
        lane.attempt = 0;
        writeOutbox(storage, outboxKey(userId), lane.entry, context);
        schedule(lane, debounceMs);
      } catch (cause) {
        reportError(
          context,
          new GuidepostError('adapter_failed', 'Saving progress failed.', { cause }),
        );
      }
    },

    flush,

    dispose() {
      disposed = true;
      for (const lane of lanes.values()) cancelTimer(lane);
      stopListening();
    },
  };
}
