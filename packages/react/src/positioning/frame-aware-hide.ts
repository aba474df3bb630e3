import { hide, type Middleware } from '@floating-ui/react';
import { visibleRect } from '../dom/visible-rect';

/**
 * floating-ui's `hide` (strategy `referenceHidden`), but for a target inside a same-origin
 * iframe: there `hide` clips the target's position in the outer page by the frame's own
 * viewport (floating-ui#2174, #2313), hiding a visible target that sits further right or lower
 * in the page than the frame is wide or tall. Such a target is hidden when no part of it shows
 * through its clipping boxes, its frames and the viewport (see `visibleRect`). Reports under
 * `middlewareData.hide`, as `hide` does.
 *
 * @example
 * computePosition(buttonInReport, surface, { middleware: [offset(12), frameAwareHide()] });
 */
export function frameAwareHide(): Middleware {
  const sameDocumentHide = hide({ strategy: 'referenceHidden' });
  return {
    name: 'hide',
    fn(state) {
      const { reference, floating } = state.elements;
      if (!('ownerDocument' in reference) || reference.ownerDocument === floating.ownerDocument) {
        return sameDocumentHide.fn(state);
      }
      const shown = visibleRect(reference, floating.ownerDocument.defaultView);
      return { data: { referenceHidden: shown === null } };
    },
  };
}
