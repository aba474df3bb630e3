import { composedParent } from './composed-parent';

const SCROLLING_OVERFLOW = new Set(['auto', 'scroll', 'overlay']);

function scrollsOnItsOwn(element: Element, style: CSSStyleDeclaration): boolean {
  const vertical =
    SCROLLING_OVERFLOW.has(style.overflowY) && element.scrollHeight > element.clientHeight;
  const horizontal =
    SCROLLING_OVERFLOW.has(style.overflowX) && element.scrollWidth > element.clientWidth;
  return vertical || horizontal;
}

/**
 * The elements that scroll `element`, innermost first, ending with the document's scrolling
 * element unless the element sits in a `position: fixed` box (which the page scroll does not
 * move). `overflow: hidden` boxes are left alone: scrolling them would shift the host's
 * layout in ways it never allows its users to.
 */
export function getScrollAncestors(element: Element): Element[] {
  const document = element.ownerDocument;
  const view = document.defaultView;
  const viewport = document.scrollingElement ?? document.documentElement;
  const ancestors: Element[] = [];
  if (view === null) return ancestors;
  for (let node: Element | null = element; node !== null; node = composedParent(node)) {
    if (node === viewport || node === document.body || node === document.documentElement) break;
    const style = view.getComputedStyle(node);
    if (node !== element && scrollsOnItsOwn(node, style)) ancestors.push(node);
    if (style.position === 'fixed') return ancestors;
  }
  ancestors.push(viewport);
  return ancestors;
}
