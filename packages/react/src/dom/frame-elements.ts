/** Where a frame's viewport is drawn in the document holding the frame, and at what scale. */
export interface FrameViewportOrigin {
  /** Left edge of the frame's viewport in the outer viewport, in px. */
  readonly x: number;
  /** Top edge of the frame's viewport in the outer viewport, in px. */
  readonly y: number;
  /** Horizontal scale of the frame (a `transform: scale()` on it or an ancestor). */
  readonly scaleX: number;
  /** Vertical scale of the frame. */
  readonly scaleY: number;
}

/**
 * The `<iframe>` elements that hold `element`, innermost first, each in the document of the
 * next, up to (not including) `top`'s document. Empty when `element` is in `top`'s document.
 * The walk ends early at a cross-origin boundary, where `frameElement` is `null`.
 *
 * @example
 * frameElementsOf(buttonInReport, window); // [reportFrame]
 */
export function frameElementsOf(element: Element, top: Window | null): Element[] {
  const frames: Element[] = [];
  let view = element.ownerDocument.defaultView;
  while (view !== null && view !== top) {
    const frame = view.frameElement;
    if (frame === null) break;
    frames.push(frame);
    view = frame.ownerDocument.defaultView;
  }
  return frames;
}

function ratio(drawn: number, laidOut: number): number {
  const scale = drawn / laidOut;
  // A frame with no layout size has no scale to speak of.
  return Number.isFinite(scale) && scale !== 0 ? scale : 1;
}

/**
 * Where the viewport of `frame`'s document starts in the viewport of the document holding
 * `frame` (past its border and padding), and how much the frame is scaled: a point `(x, y)`
 * inside the frame is at `(origin.x + x * scaleX, origin.y + y * scaleY)` outside. Computed the
 * way floating-ui offsets a reference inside an iframe.
 *
 * @example
 * const origin = frameViewportOrigin(reportFrame);
 */
export function frameViewportOrigin(frame: Element): FrameViewportOrigin {
  const box = frame.getBoundingClientRect();
  const view = frame.ownerDocument.defaultView;
  const style = view?.getComputedStyle(frame);
  const laidOut = frame as Partial<HTMLElement>;
  const scaleX = ratio(box.width, laidOut.offsetWidth ?? box.width);
  const scaleY = ratio(box.height, laidOut.offsetHeight ?? box.height);
  const paddingLeft = Number.parseFloat(style?.paddingLeft ?? '') || 0;
  const paddingTop = Number.parseFloat(style?.paddingTop ?? '') || 0;
  return {
    x: box.left + (frame.clientLeft + paddingLeft) * scaleX,
    y: box.top + (frame.clientTop + paddingTop) * scaleY,
    scaleX,
    scaleY,
  };
}
