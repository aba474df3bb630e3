/** Sends messages to a {@link LiveRegion}. */
export interface Announcer {
  /**
   * Announces `text` politely. The region is emptied first and filled a moment later, so the
   * same message said twice is heard twice.
   */
  announce(text: string): void;
  /** Empties the region and drops a message still waiting to be shown. */
  clear(): void;
  /** The message the region shows now. */
  getSnapshot(): string;
  /** Calls `listener` when the message changes; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
}

/** Options of {@link createAnnouncer}. */
export interface AnnouncerOptions {
  /**
   * How long the region stays empty before the new text is set, in ms. Screen readers only
   * speak a change they observe, so the empty state has to reach the DOM. @default 100
   */
  readonly settleDelay?: number;
}

/**
 * Creates the message source of a polite live region: render a {@link LiveRegion} with it
 * early (before anything is announced) and call `announce` on step changes.
 *
 * @example
 * const announcer = createAnnouncer();
 * <LiveRegion announcer={announcer} />;
 * announcer.announce('Step 2 of 5: Create a project');
 */
export function createAnnouncer(options: AnnouncerOptions = {}): Announcer {
  const { settleDelay = 100 } = options;
  const listeners = new Set<() => void>();
  let message = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const show = (next: string) => {
    if (next === message) return;
    message = next;
    for (const listener of listeners) listener();
  };
  const cancelPending = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  return {
    announce(text) {
      cancelPending();
      show('');
      timer = setTimeout(() => {
        timer = undefined;
        show(text);
      }, settleDelay);
    },
    clear() {
      cancelPending();
      show('');
    },
    getSnapshot: () => message,
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
