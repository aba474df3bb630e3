import { adjacentTabbable, isTabbable, tabbablesIn } from './tabbables';

/** Options of {@link keepTabOrder}. */
export interface TabOrderOptions {
  /** Tab on `reference` itself moves into the surface, to its first tabbable element. */
  readonly fromReference?: boolean;
  /**
   * Called when focus moves from the surface or `reference` to somewhere unrelated, not by a
   * press of the pointer on either (a press outside is for the caller to handle).
   */
  readonly onFocusOut?: () => void;
}

/**
 * Places a non-modal `surface` rendered elsewhere in the page (a portal) right after
 * `reference` in the keyboard order, without trapping: Shift+Tab from the surface's start goes
 * back to `reference`, Tab past its end goes on to whatever follows `reference`, and Shift+Tab
 * from there comes back into the surface. From anywhere else Tab passes the surface by, as if
 * it were not at the end of the page. Returns the function that undoes it.
 *
 * @example
 * const undo = keepTabOrder(hint, beacon, { fromReference: true, onFocusOut: close });
 */
export function keepTabOrder(
  surface: HTMLElement,
  reference: Element,
  { fromReference = false, onFocusOut }: TabOrderOptions = {},
): () => void {
  const document = surface.ownerDocument;
  const move = (event: KeyboardEvent, to: HTMLElement | SVGElement | undefined) => {
    if (to === undefined) return;
    event.preventDefault();
    to.focus();
  };
  const onSurfaceKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey) return;
    const tabbables = tabbablesIn(surface);
    const active = document.activeElement;
    if (event.shiftKey) {
      if (active !== surface && active !== tabbables[0]) return;
      move(event, isTabbable(reference) ? reference : adjacentTabbable(reference, -1, [surface]));
    } else if (active === (tabbables.at(-1) ?? surface)) {
      move(event, adjacentTabbable(reference, 1, [surface]));
    }
  };
  const onPageKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey) return;
    const active = document.activeElement;
    if (active === null || surface.contains(active) || reference.contains(active)) return;
    if (event.shiftKey && active === adjacentTabbable(reference, 1, [surface])) {
      move(event, tabbablesIn(surface).at(-1) ?? surface);
      return;
    }
    if (!('inert' in surface) || surface.inert) return;
    // Inert only while the browser moves focus for this key, so its own order skips the surface.
    surface.inert = true;
    setTimeout(() => {
      surface.inert = false;
    });
  };
  const onReferenceKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || event.shiftKey || event.defaultPrevented) return;
    if (event.target !== reference) return;
    move(event, tabbablesIn(surface)[0] ?? surface);
  };

  let pressing = false;
  let pressTimer: ReturnType<typeof setTimeout> | undefined;
  const onPointerDown = () => {
    // Some engines blur a button as it is pressed: that is no reason to close.
    pressing = true;
    clearTimeout(pressTimer);
    pressTimer = setTimeout(() => {
      pressing = false;
    });
  };
  const onFocusOutOf = (event: FocusEvent) => {
    const next = event.relatedTarget;
    if (!(next instanceof Node) || pressing) return;
    if (surface.contains(next) || reference.contains(next)) return;
    onFocusOut?.();
  };

  surface.addEventListener('keydown', onSurfaceKeyDown);
  document.addEventListener('keydown', onPageKeyDown);
  if (fromReference) reference.addEventListener('keydown', onReferenceKeyDown as EventListener);
  if (onFocusOut !== undefined) {
    for (const element of [surface, reference]) {
      element.addEventListener('focusout', onFocusOutOf as EventListener);
      element.addEventListener('pointerdown', onPointerDown);
    }
  }
  return () => {
    clearTimeout(pressTimer);
    surface.removeEventListener('keydown', onSurfaceKeyDown);
    document.removeEventListener('keydown', onPageKeyDown);
    reference.removeEventListener('keydown', onReferenceKeyDown as EventListener);
    for (const element of [surface, reference]) {
      element.removeEventListener('focusout', onFocusOutOf as EventListener);
      element.removeEventListener('pointerdown', onPointerDown);
    }
  };
}
