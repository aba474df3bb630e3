import { adjacentTabbable, isTabbable, tabbablesIn } from './tabbables';

/** Where Tab stops in `region`, the region itself first when it is tabbable. */
function tabStopsIn(region: Element): (HTMLElement | SVGElement)[] {
  return isTabbable(region) ? [region, ...tabbablesIn(region)] : tabbablesIn(region);
}

/** Options of {@link keepTabOrder}. */
export interface TabOrderOptions {
  /** Tab on `reference` itself moves into the surface, to its first tabbable element. */
  readonly fromReference?: boolean;
  /**
   * Nothing else on the page takes focus (it is inert): Tab and Shift+Tab go round `reference`
   * and the surface, so Tab past the surface's end returns to `reference` and Shift+Tab from
   * `reference`'s start goes to the surface's end. Tab on `reference` itself is still left to
   * `fromReference` (or to the caller).
   */
  readonly wrap?: boolean;
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
 * it were not at the end of the page. With `wrap`, focus goes round `reference` and the surface
 * instead. Returns the function that undoes it.
 *
 * @example
 * const undo = keepTabOrder(hint, beacon, { fromReference: true, onFocusOut: close });
 */
export function keepTabOrder(
  surface: HTMLElement,
  reference: Element,
  { fromReference = false, wrap = false, onFocusOut }: TabOrderOptions = {},
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
      if (wrap) {
        move(event, tabStopsIn(reference).at(-1) ?? tabbables.at(-1) ?? surface);
      } else {
        move(event, isTabbable(reference) ? reference : adjacentTabbable(reference, -1, [surface]));
      }
    } else if (active === (tabbables.at(-1) ?? surface)) {
      // With nothing to reach in `reference` either, Tab wraps inside the surface.
      if (wrap) move(event, tabStopsIn(reference)[0] ?? tabbables[0] ?? surface);
      else move(event, adjacentTabbable(reference, 1, [surface]));
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
    if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey) return;
    if (!event.shiftKey && fromReference && event.target === reference) {
      move(event, tabbablesIn(surface)[0] ?? surface);
      return;
    }
    if (!wrap) return;
    // The page around is inert: the browser would take focus out of the document instead.
    const stops = tabStopsIn(reference);
    if (event.shiftKey && event.target === stops[0]) {
      move(event, tabbablesIn(surface).at(-1) ?? surface);
    } else if (!event.shiftKey && event.target !== reference && event.target === stops.at(-1)) {
      move(event, tabbablesIn(surface)[0] ?? surface);
    }
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
  if (fromReference || wrap) {
    reference.addEventListener('keydown', onReferenceKeyDown as EventListener);
  }
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
