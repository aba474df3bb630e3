import type { Authorize, GuidepostAction } from './authorize';
import type { SqlDatabase } from './database/sql-database';
import type { StoredEvent } from './store/event-store';

/** Size and count limits on what a request may send. */
export interface GuidepostLimits {
  /** Progress, events and explain bodies, in bytes. @default 262144 (256 KiB) */
  readonly bodyBytes?: number;
  /** Definition bodies, in bytes. @default 1048576 (1 MiB) */
  readonly definitionBytes?: number;
  /** Events in one batch. @default 500 */
  readonly eventsPerBatch?: number;
}

/** Options of `createGuidepostHandler`. */
export interface GuidepostHandlerOptions {
  /** Where everything is stored: `pgliteDatabase()` or `postgresDatabase(url)`. */
  readonly database: SqlDatabase;
  /** Decides every request; required: nothing is open by default. */
  readonly authorize: Authorize;
  /**
   * The path the routes live under, e.g. `/api/guidepost` for a Next.js route
   * `app/api/guidepost/[...path]/route.ts`. @default '/'
   */
  readonly basePath?: string;
  /**
   * Receives each batch of newly stored events (repeats left out), after they are committed:
   * forward them to your pipeline. A throw is reported to `onError`; the events stay stored.
   */
  readonly onEvents?: (events: readonly StoredEvent[]) => void | Promise<void>;
  /** Receives unexpected failures (the client gets a 500). @default console.error */
  readonly onError?: (error: unknown) => void;
  readonly limits?: GuidepostLimits;
  /** The clock for `explain`, in epoch ms. @default Date.now */
  readonly now?: () => number;
}

/** What every route handler gets. */
export interface HandlerContext {
  readonly database: SqlDatabase;
  readonly options: GuidepostHandlerOptions;
  readonly bodyBytes: number;
  readonly definitionBytes: number;
  readonly eventsPerBatch: number;
  /** Asks `authorize`; throws a 403 `HttpError` unless it says yes. Returns the actor, if named. */
  authorize(request: Request, action: GuidepostAction): Promise<string | undefined>;
}
