import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { ancestorsOf, returnFocus } from '../dom/return-focus';

/** Options of {@link useKeepFocusOffBody}. */
export interface KeepFocusOffBodyOptions {
  readonly surface: RefObject<HTMLElement | null>;
  /** The step's primary button. */
  readonly primary: RefObject<HTMLElement | null>;
  /** The step is hidden while it waits for its target to appear. */
  readonly waiting: boolean;
  /** The last target a step pointed at, where focus waits meanwhile. */
  readonly lastTarget: RefObject<Element | null>;
}

/**
 * Never leaves focus on `<body>`, where a screen reader loses its place and Tab starts over
 * from the top of the page:
 * - a control of the step that had focus and is gone (Back, pressed on step 2, is not rendered
 *   on step 1) hands it to the step's primary button in the same commit, or, while the step
 *   is hidden looking for its target, to the last target;
 * - a step still hidden a frame after it started waiting for a late target (the browser would
 *   drop focus from its hidden buttons as it draws it) sends focus to the last target (or, if
 *   that cannot take it, its nearest ancestor that can) until the step shows and takes it
 *   back. A target found within the frame leaves focus in the step, which then says the new
 *   step itself.
 * Runs after every commit: what was removed is known only then.
 */
export function useKeepFocusOffBody(options: KeepFocusOffBodyOptions): void {
  const { surface, primary, waiting, lastTarget } = options;
  const lastFocused = useRef<Element | null>(null);
  const stillWaiting = useRef(waiting);
  useEffect(() => {
    const node = surface.current;
    if (node === null) return;
    const onFocusIn = (event: FocusEvent) => {
      lastFocused.current = event.target as Element;
    };
    node.addEventListener('focusin', onFocusIn);
    return () => node.removeEventListener('focusin', onFocusIn);
  }, [surface]);

  const frame = useRef<number | null>(null);
  useLayoutEffect(() => {
    const node = surface.current;
    if (node === null) return;
    const document = node.ownerDocument;
    const active = document.activeElement;
    const removed = lastFocused.current;
    if ((active === null || active === document.body) && removed !== null && !removed.isConnected) {
      lastFocused.current = null;
      const button = primary.current;
      (button !== null && node.contains(button) ? button : node).focus({ preventScroll: true });
      // A step hidden while it looks for its target cannot take focus yet.
      const target = lastTarget.current;
      if (!node.contains(document.activeElement) && target !== null && target.isConnected) {
        returnFocus({ invoker: target, ancestors: ancestorsOf(target), surface: node });
      }
    }
    stillWaiting.current = waiting;
    if (!waiting || frame.current !== null || !node.contains(document.activeElement)) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      const target = lastTarget.current;
      if (!stillWaiting.current || target === null || !target.isConnected) return;
      const now = document.activeElement;
      if (now !== null && now !== document.body && !node.contains(now)) return;
      returnFocus({ invoker: target, ancestors: ancestorsOf(target), surface: node });
    });
  });
  useEffect(
    () => () => {
      if (frame.current !== null) cancelAnimationFrame(frame.current);
    },
    [],
  );
}
