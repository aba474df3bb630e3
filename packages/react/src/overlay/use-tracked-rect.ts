import { autoUpdate } from '@floating-ui/react-dom';
import { useLayoutEffect, useState } from 'react';
import { autoUpdateOptions } from '../positioning/auto-update-options';
import type { SpotlightRect } from './spotlight-clip-path';

function sameRect(a: SpotlightRect | null, b: SpotlightRect): boolean {
  return (
    a !== null &&
    Math.abs(a.x - b.x) < 0.01 &&
    Math.abs(a.y - b.y) < 0.01 &&
    Math.abs(a.width - b.width) < 0.01 &&
    Math.abs(a.height - b.height) < 0.01
  );
}

/**
 * The viewport rect of `target`, taken from `getBoundingClientRect` (so transforms, scroll
 * containers and zoom are accounted for) and kept current the way floating-ui keeps a
 * surface on its anchor: `autoUpdate` on ancestor scroll, resize, element resize and layout
 * shift, with `overlay` as the floating side. `null` while either element is missing.
 *
 * @example
 * const rect = useTrackedRect(target, overlayElement);
 */
export function useTrackedRect(
  target: Element | null,
  overlay: HTMLElement | null,
): SpotlightRect | null {
  const [rect, setRect] = useState<SpotlightRect | null>(null);
  useLayoutEffect(() => {
    if (target === null || overlay === null) {
      setRect(null);
      return;
    }
    const measure = () => {
      const box = target.getBoundingClientRect();
      const next = { x: box.x, y: box.y, width: box.width, height: box.height };
      setRect((previous) => (sameRect(previous, next) ? previous : next));
    };
    measure();
    return autoUpdate(target, overlay, measure, autoUpdateOptions());
  }, [target, overlay]);
  return target === null ? null : rect;
}
