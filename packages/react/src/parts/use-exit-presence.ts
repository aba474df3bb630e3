import { useCallback, useRef } from 'react';
import { usePresence, type Presence } from '../motion/use-presence';

/** What {@link useExitPresence} gives a root. */
export interface ExitPresence {
  /** Whether the parts are mounted, and whether they are open, exiting or closed. */
  readonly presence: Presence;
  /** Adds a part's exit animation, which closing waits for; returns its removal. */
  readonly registerExit: (exit: () => Promise<void>) => () => void;
}

/**
 * A root's presence: the parts stay mounted after `open` turns false until every exit
 * animation its parts registered has finished.
 *
 * @example
 * const { presence, registerExit } = useExitPresence(open);
 */
export function useExitPresence(open: boolean): ExitPresence {
  const exits = useRef(new Set<() => Promise<void>>());
  const registerExit = useCallback((exit: () => Promise<void>) => {
    exits.current.add(exit);
    return () => {
      exits.current.delete(exit);
    };
  }, []);
  const exitAll = useCallback(
    () => Promise.all([...exits.current].map((exit) => exit())).then(() => undefined),
    [],
  );
  const presence = usePresence(open, exitAll);
  return { presence, registerExit };
}
