import { useEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus into the step once each time a step shows: to its primary button, or to the
 * step itself when it has none. Repositioning never moves focus, and a step that hides and
 * comes back (its target re-rendered) only takes focus again if focus was lost meanwhile.
 */
export function useStepFocus(
  visible: boolean,
  stepKey: string,
  primary: RefObject<HTMLElement | null>,
  surface: RefObject<HTMLElement | null>,
): void {
  const focused = useRef<string | null>(null);
  useEffect(() => {
    const node = surface.current;
    if (!visible || node === null) return;
    const active = node.ownerDocument.activeElement;
    const lost = active === null || active === node.ownerDocument.body;
    if (focused.current === stepKey && !lost) return;
    focused.current = stepKey;
    const button = primary.current;
    const into = button !== null && node.contains(button) ? button : node;
    into.focus({ preventScroll: true });
  }, [visible, stepKey, primary, surface]);
}
