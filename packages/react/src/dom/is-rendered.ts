/**
 * Whether an element is rendered and not hidden: connected, no `display: none` on it or an
 * ancestor, and not `visibility: hidden` / `collapse`. Size is not checked, so this also
 * works where there is no layout (jsdom).
 */
export function isRendered(element: Element): boolean {
  if (!element.isConnected) return false;
  if (typeof element.checkVisibility === 'function') {
    return element.checkVisibility({ visibilityProperty: true });
  }
  const view = element.ownerDocument.defaultView;
  if (view === null) return false;
  // `visibility` inherits, so the element's own computed value already reflects its ancestors.
  const visibility = view.getComputedStyle(element).visibility;
  if (visibility === 'hidden' || visibility === 'collapse') return false;
  for (let node: Element | null = element; node !== null; node = parentElementOf(node)) {
    if (view.getComputedStyle(node).display === 'none') return false;
  }
  return true;
}

function parentElementOf(node: Element): Element | null {
  if (node.parentElement !== null) return node.parentElement;
  const parent = node.parentNode;
  // Cross shadow boundaries: a host hidden with display:none hides its shadow tree.
  return parent !== null && 'host' in parent ? (parent as ShadowRoot).host : null;
}
