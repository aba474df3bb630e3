import { autoUpdate } from '@floating-ui/react';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { autoUpdateOptions } from '../positioning/auto-update-options';
import type { SpotlightRect } from '../dom/spotlight-clip-path';
import { visibleRect } from '../dom/visible-rect';

interface Tracked {
  readonly target: Element | null;
  readonly rect: SpotlightRect | null;
}

function sameRect(a: SpotlightRect | null, b: SpotlightRect | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    Math.abs(a.x - b.x) < 0.01 &&
    Math.abs(a.y - b.y) < 0.01 &&
    Math.abs(a.width - b.width) < 0.01 &&
    Math.abs(a.height - b.height) < 0.01
  );
}

/**
 * The window an overlay not yet mounted will be drawn in: this one, as a rule. Once mounted,
 * the overlay's own window is used.
 */
function defaultView(): Window | null {
  return typeof window === 'undefined' ? null : window;
}

function measure(target: Element | null, view: Window | null): SpotlightRect | null {
  return target === null ? null : visibleRect(target, view);
}

/**
 * The rect of `target` the user sees, in the viewport of `overlay`'s window (see `visibleRect`:
 * taken from `getBoundingClientRect`, so transforms and zoom are accounted for, cut down to what
 * its scroll containers and the viewport let show, and moved out of same-origin iframes), kept
 * current the way floating-ui keeps a surface on its anchor: `autoUpdate` on ancestor scroll
 * (in every frame), resize, element resize and layout shift, with `overlay` as the floating
 * side. A new target is measured while rendering, so the cut-out is right in the commit that
 * shows it, without a second one. `null` without a target, or while it is clipped out of view.
 *
 * @example
 * const rect = useTrackedRect(target, overlayRef);
 */
export function useTrackedRect(
  target: Element | null,
  overlay: RefObject<HTMLElement | null>,
): SpotlightRect | null {
  const [tracked, setTracked] = useState<Tracked>(() => ({
    target,
    rect: measure(target, defaultView()),
  }));
  let current = tracked;
  if (tracked.target !== target) {
    current = { target, rect: measure(target, defaultView()) };
    setTracked(current);
  }
  useLayoutEffect(() => {
    const element = overlay.current;
    if (target === null || element === null) return;
    const view = element.ownerDocument.defaultView;
    const update = () => {
      const next = measure(target, view);
      setTracked((previous) =>
        previous.target === target && sameRect(previous.rect, next)
          ? previous
          : { target, rect: next },
      );
    };
    return autoUpdate(target, element, update, autoUpdateOptions());
  }, [target, overlay]);
  return current.rect;
}
