import { useLayoutEffect, useState } from 'react';

/**
 * The writing direction of `element` (`ltr` or `rtl`, from its computed style), for content
 * rendered in a portal away from it: a hint on a right-to-left part of a page mirrors even
 * when the page itself is left-to-right. `undefined` until it is known.
 */
export function useDirectionOf(element: Element | null): 'ltr' | 'rtl' | undefined {
  const [direction, setDirection] = useState<'ltr' | 'rtl' | undefined>(undefined);
  useLayoutEffect(() => {
    const view = element?.ownerDocument.defaultView;
    if (element === null || view === null || view === undefined) return;
    setDirection(view.getComputedStyle(element).direction === 'rtl' ? 'rtl' : 'ltr');
  }, [element]);
  return direction;
}
