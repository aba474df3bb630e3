import { useEffect, type RefObject } from 'react';
import { tabbablesIn } from '../dom/tabbables';

/**
 * For a non-modal step, Tab on the target moves focus into the step, to its first control (a
 * link in its body, Back…, not straight to the primary button, which would put the rest of the
 * step out of Tab's reach), so the keyboard order reads target, every control of the step in
 * turn, then what follows the target (`TourContent`'s focus scope takes focus
 * from the step's end back to the page after the target, or back to the target itself while
 * the rest of the page is inert).
 */
export function useTabIntoStep(
  target: Element | null,
  enabled: boolean,
  primary: RefObject<HTMLElement | null>,
  surface: RefObject<HTMLElement | null>,
): void {
  useEffect(() => {
    if (!enabled || target === null) return;
    const onKeyDown = (event: Event) => {
      const key = event as KeyboardEvent;
      if (key.key !== 'Tab' || key.shiftKey || key.defaultPrevented || key.target !== target)
        return;
      const step = surface.current;
      const into = (step === null ? undefined : tabbablesIn(step)[0]) ?? primary.current ?? step;
      if (into === null) return;
      key.preventDefault();
      into.focus();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [target, enabled, primary, surface]);
}
