import { useEffect, type RefObject } from 'react';

/**
 * For a non-modal step, Tab on the target moves focus into the step, so the keyboard order
 * reads target, step, then what follows the target (`TourContent`'s focus scope takes focus
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
      const into = primary.current ?? surface.current;
      if (into === null) return;
      key.preventDefault();
      into.focus();
    };
    target.addEventListener('keydown', onKeyDown);
    return () => target.removeEventListener('keydown', onKeyDown);
  }, [target, enabled, primary, surface]);
}
