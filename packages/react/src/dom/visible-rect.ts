import { frameElementsOf, frameViewportOrigin } from './frame-elements';
import { getClippingAncestors } from './clipping-ancestors';
import type { SpotlightRect } from './spotlight-clip-path';

interface Edges {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function ratio(drawn: number, laidOut: number): number {
  const scale = drawn / laidOut;
  return Number.isFinite(scale) && scale !== 0 ? scale : 1;
}

/** The box's padding box in the viewport (scrollbars left out), where it clips its content. */
function clipBox(element: Element): Edges {
  const box = element.getBoundingClientRect();
  const laidOut = element as Partial<HTMLElement>;
  const scaleX = ratio(box.width, laidOut.offsetWidth ?? box.width);
  const scaleY = ratio(box.height, laidOut.offsetHeight ?? box.height);
  const left = box.left + element.clientLeft * scaleX;
  const top = box.top + element.clientTop * scaleY;
  return {
    left,
    top,
    right: left + element.clientWidth * scaleX,
    bottom: top + element.clientHeight * scaleY,
  };
}

/** Cuts `edges` down to what `element`'s clipping ancestors and its viewport let show. */
function clipInDocument(edges: Edges, element: Element): void {
  for (const { element: ancestor, clipsX, clipsY } of getClippingAncestors(element)) {
    const box = clipBox(ancestor);
    if (clipsX) {
      edges.left = Math.max(edges.left, box.left);
      edges.right = Math.min(edges.right, box.right);
    }
    if (clipsY) {
      edges.top = Math.max(edges.top, box.top);
      edges.bottom = Math.min(edges.bottom, box.bottom);
    }
  }
  // The scrolling element measures the viewport in quirks mode too (an `<iframe srcdoc>`
  // without a doctype), where `<html>` measures itself.
  const document = element.ownerDocument;
  const viewport = document.scrollingElement ?? document.documentElement;
  edges.left = Math.max(edges.left, 0);
  edges.top = Math.max(edges.top, 0);
  edges.right = Math.min(edges.right, viewport.clientWidth);
  edges.bottom = Math.min(edges.bottom, viewport.clientHeight);
}

/**
 * The part of `target` the user can see, in the viewport of `view` (the window the overlay is
 * drawn in): its `getBoundingClientRect`, cut down by every box that clips it (scroll
 * containers and other `overflow` boxes, see `getClippingAncestors`) and by the viewport, and,
 * for a target inside same-origin iframes, moved out of each frame (past its border, padding
 * and scale) and cut down by the frame's viewport and the frame's own clipping boxes. `null`
 * when nothing of it shows.
 *
 * @example
 * visibleRect(rowInList, window); // { x: 20, y: 100, width: 200, height: 12 }: its lower part
 */
export function visibleRect(target: Element, view: Window | null): SpotlightRect | null {
  const box = target.getBoundingClientRect();
  const edges: Edges = { left: box.left, top: box.top, right: box.right, bottom: box.bottom };
  let inner = target;
  for (const frame of [...frameElementsOf(target, view), null]) {
    clipInDocument(edges, inner);
    if (edges.right <= edges.left || edges.bottom <= edges.top) return null;
    if (frame === null) break;
    const origin = frameViewportOrigin(frame);
    edges.left = origin.x + edges.left * origin.scaleX;
    edges.right = origin.x + edges.right * origin.scaleX;
    edges.top = origin.y + edges.top * origin.scaleY;
    edges.bottom = origin.y + edges.bottom * origin.scaleY;
    inner = frame;
  }
  return {
    x: edges.left,
    y: edges.top,
    width: edges.right - edges.left,
    height: edges.bottom - edges.top,
  };
}
