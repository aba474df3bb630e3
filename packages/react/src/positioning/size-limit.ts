import { detectOverflow, type Middleware } from '@floating-ui/react';
import { placementParts } from './placement-parts';

/** Surfaces whose inline `max-height` and `overflow-y` {@link sizeLimit} set. */
const limited = new WeakSet<HTMLElement>();

/**
 * The least height a capped surface keeps, in px, viewport permitting: enough for a title, a
 * line and the buttons. With less room beside the target, `shift` moves it over the target.
 */
const LEAST_HEIGHT = 160;

function clearLimit(surface: HTMLElement): void {
  surface.style.removeProperty('max-height');
  surface.style.removeProperty('overflow-y');
  limited.delete(surface);
}

/**
 * Keeps an anchored surface inside the viewport when the side it goes to is too short for it
 * (a phone in landscape, a page zoomed to 400 %): caps its height at the room on that side (at
 * least {@link LEAST_HEIGHT}) and lets it scroll, so its buttons stay on screen (the tour's
 * sticky footer keeps them in view while the rest scrolls). A surface that fits is left as its
 * stylesheet draws it: the cap and the scrolling, which would clip the arrow, are only set while
 * needed, as inline CSSOM styles (CSP-safe). `release` goes first, so that `flip` measures the
 * surface without an old cap; `limit` after `flip` and before `shift`.
 *
 * @example
 * const { release, limit } = sizeLimit(8);
 * computePosition(target, surface, { middleware: [release, offset(12), flip(), limit, shift()] });
 */
export function sizeLimit(padding: number): { release: Middleware; limit: Middleware } {
  const release: Middleware = {
    name: 'sizeLimitRelease',
    fn({ elements, middlewareData }) {
      const surface = elements.floating;
      if (middlewareData['sizeLimitRelease'] !== undefined || !limited.has(surface)) {
        return { data: { released: false } };
      }
      clearLimit(surface);
      return { data: { released: true }, reset: { rects: true } };
    },
  };
  const limit: Middleware = {
    name: 'sizeLimit',
    async fn(state) {
      const surface = state.elements.floating;
      const { height } = state.rects.floating;
      const overflow = await detectOverflow(state, { padding });
      const viewportRoom = height - overflow.top - overflow.bottom;
      const { side } = placementParts(state.placement);
      const sideRoom =
        side === 'top'
          ? height - overflow.top
          : side === 'bottom'
            ? height - overflow.bottom
            : viewportRoom;
      const room = Math.floor(
        Math.max(0, Math.min(viewportRoom, Math.max(sideRoom, LEAST_HEIGHT))),
      );
      if (height <= room) return {};
      surface.style.setProperty('max-height', `${room}px`);
      surface.style.setProperty('overflow-y', 'auto');
      limited.add(surface);
      // Placed again at its new height: on the side it is on, or shifted over the target.
      return { reset: { rects: true } };
    },
  };
  return { release, limit };
}

/** Takes off what {@link sizeLimit} set, for a surface laid out another way from now on. */
export function releaseSizeLimit(surface: HTMLElement): void {
  if (limited.has(surface)) clearLimit(surface);
}
