import type { GuidepostError } from '../errors/guidepost-error';

/** The schema version of the snapshot this build writes. */
export const SNAPSHOT_VERSION = 1;

/** A guide's status: one string, never booleans that can contradict each other. */
export type GuideStatus = 'idle' | 'active' | 'completed' | 'dismissed' | 'snoozed';

/**
 * What is remembered of one guide for one user. Facts only grow within one `epoch`
 * (`version`, `resetAt`): a merge never turns `dismissed` or `completed` back into `idle`;
 * only a higher version or an explicit reset (with its own timestamp) starts afresh.
 */
export interface GuideProgress {
  readonly status: GuideStatus;
  /**
   * When `status` was last set (epoch ms). Orders `active` against `snoozed` in a merge, so a
   * guide shown again after its snooze stays shown; without it `snoozed` outranks `active`.
   */
  readonly statusAt?: number;
  /** The guide version this progress belongs to. */
  readonly version: number;
  /** When the progress was last reset on purpose (epoch ms); 0 if never. */
  readonly resetAt: number;
  /** The current step, by id (survives edited step lists) and index. */
  readonly stepId?: string;
  readonly stepIndex?: number;
  /** When the step position was written; the later write wins in a merge. */
  readonly stepAt?: number;
  readonly shows: number;
  readonly lastShownAt?: number;
  readonly completedAt?: number;
  readonly dismissedAt?: number;
  /**
   * When the last show was closed for now (Escape, a close button, a hint left): the guide may
   * show again as its `frequency` allows, and a `cooldown` counts from here.
   */
  readonly closedAt?: number;
  readonly snoozedUntil?: number;
  /**
   * When the user read the guide in the guide center's "what's new" (epoch ms); an announcement
   * without it, never shown in its version, is unread there.
   */
  readonly readAt?: number;
  /** Checklist items done, by item id, with when. */
  readonly items?: Readonly<Record<string, number>>;
  /**
   * A survey answer kept as a user attribute (`saveAs`). It outlives the version it was given in
   * (a new version asks again, and the attribute keeps the old answer until a new one comes);
   * a reset forgets it.
   */
  readonly answer?: SavedAnswer;
}

/** A survey answer kept as a user attribute: its name, the answer, and when it was given. */
export interface SavedAnswer {
  readonly attribute: string;
  readonly value: number | string;
  /** Epoch ms; of two answers, the later is the attribute's value. */
  readonly at: number;
}

/** Usage of one event: the total count and the recent timestamps the `within` windows need. */
export interface EventTally {
  readonly count: number;
  /** Epoch ms, ascending, bounded in length. */
  readonly recent: readonly number[];
}

/** Everything persisted for one user. */
export interface Snapshot {
  readonly v: typeof SNAPSHOT_VERSION;
  readonly userId: string;
  readonly guides: Readonly<Record<string, GuideProgress>>;
  readonly events: Readonly<Record<string, EventTally>>;
}

/** How an adapter reports what went wrong without throwing. */
export interface AdapterContext {
  readonly onError: (error: GuidepostError) => void;
  /**
   * The event names and guide ids the engine's definition uses. An adapter that must drop
   * entries to stay within its limits drops others first.
   */
  readonly known?: { readonly events: ReadonlySet<string>; readonly guides: ReadonlySet<string> };
}

/**
 * Where snapshots live. Sync adapters (`localStorageAdapter`, `memoryAdapter`) answer at once;
 * an async one (a server) returns promises. Adapters never throw: they report through
 * `context.onError` and answer `undefined`.
 */
export interface StorageAdapter {
  load(
    userId: string,
    context: AdapterContext,
  ): Snapshot | undefined | Promise<Snapshot | undefined>;
  save(userId: string, snapshot: Snapshot, context: AdapterContext): void | Promise<void>;
  /** Snapshots written elsewhere (another tab) for this user; returns an unsubscribe function. */
  subscribe?(
    userId: string,
    listener: (snapshot: Snapshot) => void,
    context: AdapterContext,
  ): () => void;
}

/** A server-backed store, as the app writes it: plain async functions that may fail. */
export interface RemoteStore {
  load(userId: string): Promise<unknown>;
  save(userId: string, snapshot: Snapshot, idempotencyKey: string): Promise<void>;
}

/**
 * An adapter that answers at once (`localStorageAdapter`, `memoryAdapter`), so the engine can
 * read progress before its first evaluation and never shows a guide it is about to learn was
 * dismissed.
 */
export interface SyncStorageAdapter extends StorageAdapter {
  load(userId: string, context: AdapterContext): Snapshot | undefined;
  save(userId: string, snapshot: Snapshot, context: AdapterContext): void;
}
