import { useId, useLayoutEffect, useState, useSyncExternalStore } from 'react';

/** The modal surfaces of the page still playing their exit, by owner. */
const exiting = new Set<string>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

function setExiting(owner: string, value: boolean): void {
  if (exiting.has(owner) === value) return;
  if (value) exiting.add(owner);
  else exiting.delete(owner);
  for (const listener of [...listeners]) listener();
}

/**
 * Hands the screen from one modal surface (a tour step, an announcement) to the next: a
 * surface that should open waits while another one is still playing its exit, so the two are
 * never drawn together, and the one leaving reports its exit while it plays. Returns whether
 * this surface may show now.
 *
 * @param wanted The engine shows this guide.
 * @param leaving This surface is still mounted, playing its exit.
 * @example
 * const open = useModalHandOver(wanted, presence.mounted && !wanted);
 */
export function useModalHandOver(wanted: boolean, leaving: boolean): boolean {
  const owner = useId();
  const othersLeaving = useSyncExternalStore(
    subscribe,
    () => exiting.size > (exiting.has(owner) ? 1 : 0),
    () => false,
  );
  // Layout effects, re-rendered before paint: a surface that opens waits one such pass, in
  // which the one leaving in the same commit has reported itself, so no frame shows both.
  const [ready, setReady] = useState(false);
  useLayoutEffect(() => {
    setExiting(owner, leaving);
  }, [owner, leaving]);
  useLayoutEffect(() => {
    setReady(wanted);
  }, [wanted]);
  useLayoutEffect(() => () => setExiting(owner, false), [owner]);
  return wanted && ready && !othersLeaving;
}
