/**
 * Whether `element` supports Web Animations. Where it does not (jsdom, very old engines) the
 * surfaces simply appear and move without animating.
 */
export function canAnimate(element: Element | null): element is Element {
  return element !== null && typeof element.animate === 'function';
}
