/** Counts of what is still observing, listening or scheduled since tracking began. */
export interface LiveResources {
  readonly mutationObservers: number;
  readonly resizeObservers: number;
  readonly animationFrames: number;
  /** Timers started with the tracked delay that have neither fired nor been cleared. */
  readonly timers: number;
}

/** A running tracker; `restore()` puts the real globals back. */
export interface ObserverTracker {
  live(): LiveResources;
  restore(): void;
}

/**
 * Replaces `MutationObserver`, `ResizeObserver`, `requestAnimationFrame` and `setTimeout` with
 * counting versions, to prove that code under test releases everything it starts. Only timers
 * with `timerDelay` are counted, so the test runner's own timers do not interfere.
 */
export function trackObservers(timerDelay: number): ObserverTracker {
  const real = {
    MutationObserver: window.MutationObserver,
    ResizeObserver: window.ResizeObserver,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
  };
  // The DOM signatures, not Node's: these tests run in a browser.
  const setTimer = real.setTimeout.bind(window) as (handler: () => void, delay?: number) => number;
  const clearTimer = real.clearTimeout.bind(window) as (id?: number) => void;
  const mutationObservers = new Set<MutationObserver>();
  const resizeObservers = new Set<ResizeObserver>();
  const frames = new Set<number>();
  const timers = new Set<number>();

  window.MutationObserver = class extends real.MutationObserver {
    override observe(target: Node, options?: MutationObserverInit) {
      mutationObservers.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      mutationObservers.delete(this);
      super.disconnect();
    }
  };
  window.ResizeObserver = class extends real.ResizeObserver {
    override observe(target: Element, options?: ResizeObserverOptions) {
      resizeObservers.add(this);
      super.observe(target, options);
    }
    override disconnect() {
      resizeObservers.delete(this);
      super.disconnect();
    }
  };
  window.requestAnimationFrame = (callback) => {
    const id = real.requestAnimationFrame.call(window, (time) => {
      frames.delete(id);
      callback(time);
    });
    frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = (id) => {
    frames.delete(id);
    real.cancelAnimationFrame.call(window, id);
  };
  window.setTimeout = ((handler: () => void, delay?: number) => {
    if (delay !== timerDelay) return setTimer(handler, delay);
    const id = setTimer(() => {
      timers.delete(id);
      handler();
    }, delay);
    timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    clearTimer(id);
  }) as typeof window.clearTimeout;

  return {
    live: () => ({
      mutationObservers: mutationObservers.size,
      resizeObservers: resizeObservers.size,
      animationFrames: frames.size,
      timers: timers.size,
    }),
    restore() {
      Object.assign(window, real);
    },
  };
}
