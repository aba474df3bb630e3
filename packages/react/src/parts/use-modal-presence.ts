import { useEffect, useRef, useState } from 'react';
import { useExitPresence, type ExitPresence } from './use-exit-presence';
import { useModalHandOver } from './use-modal-hand-over';

/** What {@link useModalPresence} gives a modal root. */
export interface ModalPresence extends ExitPresence {
  /** The modal shows now: wanted, and no other modal is still playing its exit. */
  readonly open: boolean;
}

/**
 * The presence of a modal pop-up (an announcement, a survey): it opens once the engine wants it
 * and any other modal has finished its exit (see `useModalHandOver`), stays mounted while its
 * parts play their exits (see `useExitPresence`), and tells `onOpenChange` each time it opens
 * and closes.
 *
 * @param wanted The engine shows it (and the root is on the client).
 * @param onOpenChange Called with `true` as it opens and `false` as it closes.
 * @example
 * const { open, presence, registerExit } = useModalPresence(isClient && queue.open, onOpenChange);
 */
export function useModalPresence(
  wanted: boolean,
  onOpenChange: ((open: boolean) => void) | undefined,
): ModalPresence {
  const [leaving, setLeaving] = useState(false);
  const open = useModalHandOver(wanted, leaving);
  const { presence, registerExit } = useExitPresence(open);
  const stillLeaving = presence.mounted && !open;
  if (stillLeaving !== leaving) setLeaving(stillLeaving);

  const openChange = useRef(onOpenChange);
  useEffect(() => {
    openChange.current = onOpenChange;
  });
  const reportedOpen = useRef(false);
  useEffect(() => {
    if (reportedOpen.current === open) return;
    reportedOpen.current = open;
    openChange.current?.(open);
  }, [open]);

  return { open, presence, registerExit };
}
