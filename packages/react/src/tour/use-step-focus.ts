import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Moves focus into the step once each time a step shows: to its primary button, or to the
 * step itself when it has none. Focus arriving from outside has the step's name and
 * description read; focus already inside (the step changed under it, after Next or →) is not
 * moved anywhere a screen reader would notice, so `announce` says the new step instead.
 * Repositioning never moves focus, and a step that hides and comes back (its target
 * re-rendered) only takes focus again if focus was lost meanwhile, without a new announcement.
 */
export function useStepFocus(
  visible: boolean,
  stepKey: string,
  primary: RefObject<HTMLElement | null>,
  surface: RefObject<HTMLElement | null>,
  announce: () => void,
): void {
  const latestAnnounce = useRef(announce);
  useLayoutEffect(() => {
    latestAnnounce.current = announce;
  });
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
    const stayedInside = node.contains(active);
    into.focus({ preventScroll: true });
    if (stayedInside) latestAnnounce.current();
  }, [visible, stepKey, primary, surface]);
}
