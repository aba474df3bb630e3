import { prefersReducedMotion } from './prefers-reduced-motion';
import { frameElementsOf, frameViewportOrigin } from './frame-elements';
import type { FixedEdges } from './fixed-edges';
import { getScrollAncestors } from './scroll-ancestors';

/** Space kept free on each side of the target, in px. */
export interface ScrollMargin {
  readonly top?: number;
  readonly right?: number;
  readonly bottom?: number;
  readonly left?: number;
}

/** Options of {@link scrollIntoViewIfNeeded}. */
export interface ScrollIntoViewIfNeededOptions {
  /**
   * Space kept free between the target and each scroll container's edges, in px: a number
   * for every side, or per side (a sticky header needs `{ top: headerHeight }`). Added to the
   * container's own `scroll-padding`, as the browser does. @default 0
   */
  readonly margin?: number | ScrollMargin;
  /**
   * The bars pinned to the viewport's top and bottom (see `detectFixedEdges`), kept clear when
   * scrolling the viewport, on the sides `margin` leaves unset. @default none
   */
  readonly edges?: FixedEdges;
  /** How to scroll; always `instant` when the user prefers reduced motion. @default 'smooth' */
  readonly behavior?: ScrollBehavior;
}

interface Box {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Longest a smooth scroll is awaited, in ms. */
const SCROLL_END_FALLBACK_MS = 1000;

function toInsets(margin: number | ScrollMargin): ScrollMargin {
  if (typeof margin === 'number') {
    return { top: margin, right: margin, bottom: margin, left: margin };
  }
  return margin;
}

/**
 * The insets for one container: the margin's sides, and for the viewport the pinned bars on
 * the sides the margin leaves unset (an inner container scrolls under no page header).
 */
function insetsFor(
  margin: ScrollMargin,
  edges: FixedEdges | undefined,
  isViewport: boolean,
): Required<ScrollMargin> {
  const pinned = isViewport && edges !== undefined ? edges : { top: 0, bottom: 0 };
  return {
    top: margin.top ?? pinned.top,
    right: margin.right ?? 0,
    bottom: margin.bottom ?? pinned.bottom,
    left: margin.left ?? 0,
  };
}

function px(value: string): number {
  const parsed = Number.parseFloat(value);
  return Number.isFinite(parsed) ? parsed : 0;
}

function visibleArea(container: Element, isViewport: boolean): Box {
  if (isViewport) {
    return { top: 0, left: 0, right: container.clientWidth, bottom: container.clientHeight };
  }
  const box = container.getBoundingClientRect();
  // clientLeft also covers a scrollbar drawn on the left (right-to-left containers).
  const top = box.top + container.clientTop;
  const left = box.left + container.clientLeft;
  return { top, left, right: left + container.clientWidth, bottom: top + container.clientHeight };
}

/** How far to scroll along one axis so [start, end] fits in [min, max]; 0 when it already does. */
function distance(start: number, end: number, min: number, max: number): number {
  if (start >= min && end <= max) return 0;
  // Too big to fit: show its start, where a step's title and the target's label usually are.
  if (end - start > max - min || start < min) return start - min;
  return end - max;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

interface ScrollGoal {
  readonly container: Element;
  readonly top: number;
  readonly left: number;
}

const reached = ({ container, top, left }: ScrollGoal) =>
  Math.abs(container.scrollTop - top) < 1 && Math.abs(container.scrollLeft - left) < 1;

/**
 * Resolves once every container has arrived where it was sent, checked each frame. Positions
 * are compared rather than `scrollend` awaited: a `scrollend` still queued from an earlier
 * scroll would end the wait too soon, and some browsers lack the event.
 */
function waitForScrollGoals(goals: readonly ScrollGoal[], view: Window): Promise<void> {
  return new Promise((resolve) => {
    let frame = 0;
    const done = () => {
      view.cancelAnimationFrame(frame);
      view.clearTimeout(timer);
      resolve();
    };
    const check = () => {
      if (goals.every(reached)) done();
      else frame = view.requestAnimationFrame(check);
    };
    // The user may take over the scroll; never wait forever for a position never reached.
    const timer = view.setTimeout(done, SCROLL_END_FALLBACK_MS);
    frame = view.requestAnimationFrame(check);
  });
}

/**
 * Scrolls the scroll containers of `element` in its own document, innermost first, so that
 * `box` (where the target is, as if the scrolls planned so far had happened) comes into view,
 * and moves `box` along with each scroll it starts.
 */
function scrollContainersOf(
  element: Element,
  box: Box,
  margin: ScrollMargin,
  edges: FixedEdges | undefined,
  behavior: ScrollBehavior,
  goals: ScrollGoal[],
): void {
  const document = element.ownerDocument;
  const view = document.defaultView;
  if (view === null) return;
  const viewport = document.scrollingElement ?? document.documentElement;
  for (const container of getScrollAncestors(element)) {
    const isViewport = container === viewport;
    const insets = insetsFor(margin, edges, isViewport);
    const style = view.getComputedStyle(container);
    const area = visibleArea(container, isViewport);
    const dy = distance(
      box.top,
      box.bottom,
      area.top + insets.top + px(style.scrollPaddingTop),
      area.bottom - insets.bottom - px(style.scrollPaddingBottom),
    );
    const dx = distance(
      box.left,
      box.right,
      area.left + insets.left + px(style.scrollPaddingLeft),
      area.right - insets.right - px(style.scrollPaddingRight),
    );
    const maxTop = container.scrollHeight - container.clientHeight;
    const maxLeft = container.scrollWidth - container.clientWidth;
    // Right-to-left containers scroll from 0 towards negative scrollLeft.
    const rtl = style.direction === 'rtl';
    const top = clamp(container.scrollTop + dy, 0, Math.max(0, maxTop));
    const left = rtl
      ? clamp(container.scrollLeft + dx, -Math.max(0, maxLeft), 0)
      : clamp(container.scrollLeft + dx, 0, Math.max(0, maxLeft));
    const movedY = top - container.scrollTop;
    const movedX = left - container.scrollLeft;
    if (Math.abs(movedY) < 0.5 && Math.abs(movedX) < 0.5) continue;
    box.top -= movedY;
    box.bottom -= movedY;
    box.left -= movedX;
    box.right -= movedX;
    container.scrollTo({ top, left, behavior });
    goals.push({ container, top, left });
  }
}

/**
 * Moves `box`, in the viewport of `frame`'s document, to where it shows in the document that
 * holds `frame`: only the part inside the frame's viewport, past its border, padding and scale.
 */
function outOfFrame(box: Box, frame: Element, inner: Document): void {
  const viewport = inner.scrollingElement ?? inner.documentElement;
  const origin = frameViewportOrigin(frame);
  const x = (value: number) => origin.x + clamp(value, 0, viewport.clientWidth) * origin.scaleX;
  const y = (value: number) => origin.y + clamp(value, 0, viewport.clientHeight) * origin.scaleY;
  box.left = x(box.left);
  box.right = x(box.right);
  box.top = y(box.top);
  box.bottom = y(box.bottom);
}

/**
 * Scrolls every scroll container of `element`, innermost first, just enough to bring it fully
 * into view with `margin` px kept free (for sticky headers). Containers that already show it
 * do not move. A target inside same-origin iframes is first scrolled into view in its frame's
 * document, then each frame, as far as it shows the target, in the document holding it, up to
 * this window's. Scrolling is instant when the user prefers reduced motion. Only scroll
 * positions change: no style or class is ever written to the host's elements. Resolves when
 * the scrolling is over.
 *
 * @example
 * await scrollIntoViewIfNeeded(target, { margin: { top: 64, bottom: 16 } });
 */
export function scrollIntoViewIfNeeded(
  element: Element,
  options: ScrollIntoViewIfNeededOptions = {},
): Promise<void> {
  const document = element.ownerDocument;
  let view = document.defaultView;
  if (view === null || !element.isConnected) return Promise.resolve();
  const insets = toInsets(options.margin ?? 0);
  const behavior: ScrollBehavior = prefersReducedMotion()
    ? 'instant'
    : (options.behavior ?? 'smooth');

  // Outer containers are measured as if the inner ones had already scrolled, so every
  // position is known before any smooth scroll starts moving things.
  const target = element.getBoundingClientRect();
  const box: Box = {
    top: target.top,
    right: target.right,
    bottom: target.bottom,
    left: target.left,
  };
  const goals: ScrollGoal[] = [];
  const frames = frameElementsOf(element, typeof window === 'undefined' ? null : window);
  let scrolled = element;
  for (const frame of [...frames, null]) {
    // The pinned bars measured belong to the outermost page, the one the user sees them on.
    const edges = frame === null ? options.edges : undefined;
    scrollContainersOf(scrolled, box, insets, edges, behavior, goals);
    if (frame === null) break;
    outOfFrame(box, frame, scrolled.ownerDocument);
    scrolled = frame;
    // Frames out of sight may be throttled: the outermost window keeps counting frames.
    view = frame.ownerDocument.defaultView ?? view;
  }
  return behavior === 'instant' || goals.length === 0
    ? Promise.resolve()
    : waitForScrollGoals(goals, view);
}
