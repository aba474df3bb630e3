import { useEffect, type RefObject } from 'react';

/**
 * While a modal step is shown, a press anywhere outside it (the overlay, or the inert page
 * under its cut-out) does not take focus away from the step: the page is blocked for the
 * pointer and the keyboard alike.
 */
export function useKeepFocusInModal(
  enabled: boolean,
  surface: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    const node = surface.current;
    if (!enabled || node === null) return;
    const document = node.ownerDocument;
    const onMouseDown = (event: MouseEvent) => {
      if (event.target instanceof Node && node.contains(event.target)) return;
      event.preventDefault();
    };
    document.addEventListener('mousedown', onMouseDown, true);
    return () => document.removeEventListener('mousedown', onMouseDown, true);
  }, [enabled, surface]);
}
