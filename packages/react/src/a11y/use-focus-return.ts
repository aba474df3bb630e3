import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ancestorsOf, returnFocus } from '../dom/return-focus';

/** Options of {@link useFocusReturn}. */
export interface UseFocusReturnOptions {
  /** Return focus on close. @default true */
  readonly enabled?: boolean;
  /**
   * Where focus goes when the element focused before opening is gone, tried before that
   * element's ancestors (a tour can pass its last target). Keep it stable (`useCallback`).
   */
  readonly fallback?: () => Element | null | undefined;
}

interface Session {
  readonly open: boolean;
  readonly invoker: Element | null;
  /** Recorded with the invoker, while it is surely still in the page. */
  readonly ancestors: readonly Element[];
}

const CLOSED: Session = { open: false, invoker: null, ancestors: [] };

function activeElement(): Element | null {
  return typeof document === 'undefined' ? null : document.activeElement;
}

/**
 * Remembers the element focused before a surface opened and gives focus back to it when the
 * surface closes or unmounts. If that element is gone, focus goes to the closest ancestor
 * still in the page that can take it, and to `document.body` only as a last resort; it never
 * stays on a removed node. Focus is left alone when the user has already moved it elsewhere.
 * Returns a ref for the surface, used to tell focus inside it from focus outside.
 *
 * @example
 * function Step({ open }: { open: boolean }) {
 *   const surfaceRef = useFocusReturn<HTMLDivElement>(open);
 *   return open ? <div role="dialog" ref={surfaceRef}>…</div> : null;
 * }
 */
export function useFocusReturn<T extends Element = HTMLElement>(
  open: boolean,
  options: UseFocusReturnOptions = {},
): (surface: T | null) => void {
  const { enabled = true, fallback } = options;
  const [session, setSession] = useState<Session>(CLOSED);
  // Read while rendering the change to open: the surface and its children have not committed
  // yet, so nothing can have moved focus into it or removed the invoker, whatever order their
  // effects run in.
  if (session.open !== open) {
    if (open) {
      const invoker = activeElement();
      setSession({ open, invoker, ancestors: ancestorsOf(invoker) });
    } else {
      setSession({ ...session, open });
    }
  }

  const surfaceRef = useRef<T | null>(null);
  const lastSession = useRef<Session>(CLOSED);
  const pending = useRef<{ cancelled: boolean } | null>(null);

  useLayoutEffect(() => {
    if (!open) return;
    // Still open after a cleanup (StrictMode's simulated unmount, a quick reopen, new
    // options): the focus return that cleanup queued is not needed.
    if (pending.current !== null) pending.current.cancelled = true;
    pending.current = null;
    if (!enabled) return;
    const surface = surfaceRef.current;
    // Reopened while the last surface was still exiting with focus in it: keep the old invoker.
    const reopenedFromInside =
      session.invoker !== null && surface !== null && surface.contains(session.invoker);
    const current = reopenedFromInside ? lastSession.current : session;
    lastSession.current = current;
    const { invoker, ancestors } = current;
    return () => {
      const job = { cancelled: false };
      pending.current = job;
      queueMicrotask(() => {
        if (job.cancelled) return;
        pending.current = null;
        returnFocus({ invoker, ancestors, surface: surfaceRef.current, fallback });
      });
    };
  }, [open, enabled, session, fallback]);

  return useCallback((surface: T | null) => {
    // The last surface is kept after it unmounts: focus may still sit in it while it exits.
    if (surface !== null) surfaceRef.current = surface;
  }, []);
}
