/**
 * The part of the Web Locks API (`navigator.locks`) the engine uses to let one tab claim a
 * show. Injectable so the claim is testable and replaceable.
 */
export interface ShowLocks {
  request(
    name: string,
    options: { readonly ifAvailable: true },
    callback: (lock: unknown) => Promise<void> | undefined,
  ): Promise<unknown>;
}

/** What happens when a claim is answered. */
export interface ClaimHandlers {
  /**
   * The lock is ours. Return true to show the guide and hold the lock until `release` is
   * called (when the guide closes); false to let it go at once.
   */
  readonly granted: (release: () => void) => boolean;
  /** Another tab holds the lock: it is showing this guide. */
  readonly denied: () => void;
  /** The lock manager failed; the caller shows the guide without a claim. */
  readonly failed: (cause: unknown) => void;
}

/**
 * The page's Web Locks, where the browser has them (secure contexts); `undefined` elsewhere
 * (Node, older browsers, insecure origins), where shows are not coordinated across tabs.
 */
export function defaultShowLocks(): ShowLocks | undefined {
  try {
    const locks = (globalThis as { navigator?: { locks?: unknown } }).navigator?.locks;
    return typeof locks === 'object' && locks !== null && 'request' in locks
      ? (locks as ShowLocks)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Asks for an exclusive lock named `name` without waiting (`ifAvailable`): two tabs that want
 * to show the same once-only modal at the same instant both ask, and only one is granted.
 * The winner holds the lock while its guide is open; the loser does not show it.
 *
 * @example
 * claimShow(navigator.locks, 'guidepost:u1:release:v2', { granted, denied, failed });
 */
export function claimShow(locks: ShowLocks, name: string, handlers: ClaimHandlers): void {
  let answered = false;
  let request: Promise<unknown>;
  try {
    request = locks.request(name, { ifAvailable: true }, (lock) => {
      answered = true;
      if (lock === null || lock === undefined) {
        handlers.denied();
        return undefined;
      }
      return new Promise<void>((release) => {
        if (!handlers.granted(release)) release();
      });
    });
  } catch (cause) {
    handlers.failed(cause);
    return;
  }
  request.catch((cause: unknown) => {
    if (!answered) handlers.failed(cause);
  });
}
