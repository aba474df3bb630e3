import { useEffect, useState } from 'react';

/** Where a surface is in its life: shown, playing its exit, or gone. */
export type PresenceStatus = 'open' | 'exiting' | 'closed';

/** What {@link usePresence} returns. */
export interface Presence {
  /** Whether to render the surface: `open || exiting`. */
  readonly mounted: boolean;
  readonly status: PresenceStatus;
}

/**
 * Keeps a surface mounted while its exit animation plays: when `open` turns false, the status
 * becomes `exiting`, `exit()` runs, and the surface unmounts once it settles. Reopening during
 * the exit keeps it mounted. `exit` must be stable (the one from `useSurfaceMotion` is); a
 * rejected exit still unmounts.
 *
 * @example
 * const motion = useSurfaceMotion<HTMLDivElement>();
 * const { mounted, status } = usePresence(open, motion.exit);
 * return mounted ? <div ref={motion.scope} data-state={status}>…</div> : null;
 */
export function usePresence(open: boolean, exit?: () => Promise<void>): Presence {
  const [status, setStatus] = useState<PresenceStatus>(open ? 'open' : 'closed');
  // Adjusted while rendering, so there is never a commit where the surface is neither open
  // nor exiting and flickers out before its exit has run.
  if (open && status !== 'open') setStatus('open');
  if (!open && status === 'open') setStatus('exiting');

  useEffect(() => {
    if (status !== 'exiting') return;
    let current = true;
    const finish = () => {
      if (current) setStatus('closed');
    };
    try {
      (exit?.() ?? Promise.resolve()).then(finish, finish);
    } catch {
      finish();
    }
    return () => {
      current = false;
    };
  }, [status, exit]);

  const shown: PresenceStatus = open ? 'open' : status === 'open' ? 'exiting' : status;
  return { mounted: shown !== 'closed', status: shown };
}
