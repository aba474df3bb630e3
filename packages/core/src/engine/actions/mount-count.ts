/** Holds on an engine by the providers that mount it. */
export interface MountCount {
  /** The engine runs (loads, saves, sets its timer, listens to other tabs). */
  readonly live: boolean;
  /** Every mount was released: the engine stopped, and only a new mount starts it again. */
  readonly paused: boolean;
  /** Starts an engine that never started (a first action before the first mount). */
  ensure(): void;
  /** Holds the engine running; returns the release. */
  mount(): () => void;
}

/**
 * Counts the mounts of an engine: the first starts it, and, when `stop` is given (a lazy
 * engine, owned by whoever mounts it), once every mount is released and none is taken again
 * before the next microtask, it stops, so StrictMode's mount, unmount and mount keeps one
 * running engine, started once. A stopped engine ignores actions until it is mounted again.
 * Without `stop` (an engine the app created running) mounts only hold it: it runs until
 * `destroy()`.
 *
 * @example
 * const mounts = createMountCount(begin, pause);
 * useEffect(() => mounts.mount(), []);
 */
export function createMountCount(start: () => void, stop?: () => void): MountCount {
  let holds = 0;
  let phase: 'idle' | 'live' | 'paused' = 'idle';
  const begin = () => {
    if (phase === 'live') return;
    phase = 'live';
    start();
  };
  return {
    get live() {
      return phase === 'live';
    },
    get paused() {
      return phase === 'paused';
    },
    ensure() {
      if (phase === 'idle') begin();
    },
    mount() {
      holds += 1;
      begin();
      let held = true;
      return () => {
        if (!held) return;
        held = false;
        holds -= 1;
        if (holds > 0 || stop === undefined) return;
        queueMicrotask(() => {
          if (holds > 0 || phase !== 'live') return;
          phase = 'paused';
          stop();
        });
      };
    },
  };
}
