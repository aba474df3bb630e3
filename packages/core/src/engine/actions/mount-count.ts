/** Holds on an engine by the providers that mount it. */
export interface MountCount {
  /** Whether the engine runs (loads, saves, sets its timer, listens to other tabs). */
  readonly live: boolean;
  /** Starts the engine if it does not run. */
  ensure(): void;
  /** Holds the engine running; returns the release. */
  mount(): () => void;
}

/**
 * Counts the mounts of an engine: the first starts it, and once every mount is released and
 * none is taken again before the next microtask, it stops (`stop`), so StrictMode's mount,
 * unmount and mount keeps one running engine, started once. A stopped engine starts again on
 * its next mount or action.
 *
 * @example
 * const mounts = createMountCount(begin, pause);
 * useEffect(() => mounts.mount(), []);
 */
export function createMountCount(start: () => void, stop: () => void): MountCount {
  let holds = 0;
  let live = false;
  const ensure = () => {
    if (live) return;
    live = true;
    start();
  };
  return {
    get live() {
      return live;
    },
    ensure,
    mount() {
      holds += 1;
      ensure();
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        holds -= 1;
        if (holds > 0) return;
        queueMicrotask(() => {
          if (holds > 0 || !live) return;
          live = false;
          stop();
        });
      };
    },
  };
}
