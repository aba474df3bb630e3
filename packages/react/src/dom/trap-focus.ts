import { tabbablesIn } from './tabbables';

function focusWithin(element: HTMLElement | SVGElement): void {
  element.focus({ preventScroll: true });
}

/**
 * Keeps keyboard focus inside a modal `surface`: Tab from its last tabbable element goes to
 * the first, Shift+Tab from the first (or from the surface itself) to the last, and with
 * nothing tabbable inside, Tab stays on the surface. When the focused element is removed from
 * the surface, focus goes to the surface rather than being lost to the page. Returns the
 * function that lets go. The surface should take focus itself (`tabindex="-1"`).
 *
 * @example
 * const release = trapFocus(dialog);
 * release();
 */
export function trapFocus(surface: HTMLElement): () => void {
  const document = surface.ownerDocument;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey) return;
    const tabbables = tabbablesIn(surface);
    const first = tabbables[0];
    const last = tabbables.at(-1);
    const active = document.activeElement;
    if (first === undefined || last === undefined) {
      event.preventDefault();
      focusWithin(surface);
      return;
    }
    const atStart = active === first || active === surface || !surface.contains(active);
    if (event.shiftKey && atStart) {
      event.preventDefault();
      focusWithin(last);
    } else if (!event.shiftKey && (active === last || !surface.contains(active))) {
      event.preventDefault();
      focusWithin(first);
    }
  };

  let focused: Element | null = null;
  const onFocusIn = (event: FocusEvent) => {
    focused = event.target instanceof Element ? event.target : null;
  };
  // The focused control can go with a re-render (a page of content replaced): focus would
  // fall to the page's body, behind the modal.
  const observer =
    typeof MutationObserver === 'function'
      ? new MutationObserver(() => {
          const active = document.activeElement;
          const lost = active === null || active === document.body;
          if (lost && focused !== null && !focused.isConnected && surface.isConnected) {
            focused = null;
            focusWithin(surface);
          }
        })
      : undefined;

  surface.addEventListener('keydown', onKeyDown);
  surface.addEventListener('focusin', onFocusIn);
  observer?.observe(surface, { childList: true, subtree: true });
  return () => {
    surface.removeEventListener('keydown', onKeyDown);
    surface.removeEventListener('focusin', onFocusIn);
    observer?.disconnect();
  };
}
