import { autoUpdate } from '@floating-ui/react-dom';
import { useLayoutEffect, useState, type RefObject } from 'react';
import { autoUpdateOptions } from '../positioning/auto-update-options';
import type { SpotlightRect } from './spotlight-clip-path';

interface Tracked {
  readonly target: Element | null;
  readonly rect: SpotlightRect | null;
}

function sameRect(a: SpotlightRect | null, b: SpotlightRect): boolean {
  return (
    a !== null &&
    Math.abs(a.x - b.x) < 0.01 &&
    Math.abs(a.y - b.y) < 0.01 &&
    Math.abs(a.width - b.width) < 0.01 &&
    Math.abs(a.height - b.height) < 0.01
  );
}

function measure(target: Element | null): SpotlightRect | null {
  if (target === null) return null;
  const box = target.getBoundingClientRect();
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

/**
 * The viewport rect of `target`, taken from `getBoundingClientRect` (so transforms, scroll
 * containers and zoom are accounted for) and kept current the way floating-ui keeps a
 * surface on its anchor: `autoUpdate` on ancestor scroll, resize, element resize and layout
 * shift, with `overlay` as the floating side. A new target is measured while rendering, so the
 * cut-out is right in the commit that shows it, without a second one. `null` without a target.
 *
 * @example
 * const rect = useTrackedRect(target, overlayRef);
 */
export function useTrackedRect(
  target: Element | null,
  overlay: RefObject<HTMLElement | null>,
): SpotlightRect | null {
  const [tracked, setTracked] = useState<Tracked>(() => ({ target, rect: measure(target) }));
  let current = tracked;
  if (tracked.target !== target) {
    current = { target, rect: measure(target) };
    setTracked(current);
  }
  useLayoutEffect(() => {
    const element = overlay.current;
    if (target === null || element === null) return;
    const update = () => {
      const next = measure(target);
      if (next === null) return;
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
