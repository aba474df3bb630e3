/** The box every anchor gets under a fake layout, in CSS px. */
const ANCHOR_BOX = { x: 40, y: 40, width: 120, height: 32 } as const;

/** Whether the page is jsdom's, which has no layout: every box is 0×0 there. */
export function hasNoLayout(): boolean {
  return typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent);
}

/**
 * Gives anchors (`data-guidepost`) a box and the viewport a size, where there is no layout
 * (jsdom), so a tour step or hint finds its target visible as it would in a browser. Other
 * elements keep jsdom's empty box. Returns the function that puts everything back.
 *
 * @example
 * const restore = fakeLayout();
 * // …render and assert…
 * restore();
 */
export function fakeLayout(): () => void {
  const prototype = Element.prototype;
  const measure = Object.getOwnPropertyDescriptor(prototype, 'getBoundingClientRect');
  const root = document.documentElement;
  const sizes = ['clientWidth', 'clientHeight'] as const;
  const ownSizes = sizes.map((key) => Object.getOwnPropertyDescriptor(root, key));
  const original = prototype.getBoundingClientRect;
  Object.defineProperty(prototype, 'getBoundingClientRect', {
    configurable: true,
    writable: true,
    value: function getBoundingClientRect(this: Element): DOMRect {
      if (!this.hasAttribute('data-guidepost')) return original.call(this);
      const { x, y, width, height } = ANCHOR_BOX;
      return new DOMRect(x, y, width, height);
    },
  });
  Object.defineProperty(root, 'clientWidth', { configurable: true, get: () => 1024 });
  Object.defineProperty(root, 'clientHeight', { configurable: true, get: () => 768 });
  return () => {
    if (measure !== undefined) Object.defineProperty(prototype, 'getBoundingClientRect', measure);
    sizes.forEach((key, index) => {
      const own = ownSizes[index];
      if (own === undefined) delete (root as unknown as Record<string, unknown>)[key];
      else Object.defineProperty(root, key, own);
    });
  };
}
