import { autoUpdate, useFloating, type Placement } from '@floating-ui/react-dom';
import { useLayoutEffect, useRef, type CSSProperties, type RefObject } from 'react';
import { anchoredMiddleware } from './anchored-middleware';
import { autoUpdateOptions } from './auto-update-options';
import { placementParts, type Align, type Side } from './placement-parts';

/** Options of {@link useAnchoredPosition}. */
export interface AnchoredPositionOptions {
  /** The element to anchor to; `null` while there is none. */
  readonly reference: Element | null;
  /** Preferred placement; flipped and shifted when there is no room. @default 'bottom' */
  readonly placement?: Placement;
  /** Gap between the target and the surface, arrow included, in px. @default 12 */
  readonly offset?: number;
  /** Space kept between the surface and the viewport's edges, in px. @default 8 */
  readonly collisionPadding?: number;
  /** Whether the surface is shown; positions are only tracked while it is. @default true */
  readonly open?: boolean;
}

/** Where the arrow goes: on the surface's `side` facing the target, `x` or `y` px along it. */
export interface ArrowPosition {
  readonly side: Side;
  readonly x: number | undefined;
  readonly y: number | undefined;
}

/** What {@link useAnchoredPosition} returns. */
export interface AnchoredPosition {
  /** Attach to the floating surface. */
  readonly setFloating: (element: HTMLElement | null) => void;
  /** The floating surface, once attached. */
  readonly floating: HTMLElement | null;
  /** Attach to the arrow, if any. */
  readonly arrowRef: RefObject<SVGSVGElement | null>;
  /** Where the arrow goes, as last computed. */
  readonly arrow: ArrowPosition;
  /** Position styles for the surface, applied through React's `style` (CSSOM, CSP-safe). */
  readonly floatingStyles: CSSProperties;
  /** Computes the position again now (after a change no observer sees, such as direction). */
  readonly update: () => void;
  readonly side: Side;
  readonly align: Align;
  /** The surface has a real position (never drawn at 0,0 before it has one). */
  readonly isPositioned: boolean;
  /** The target is scrolled out of view inside its clipping containers. */
  readonly referenceHidden: boolean;
  /** Where the surface is, in viewport px, as last computed. */
  readonly x: number;
  readonly y: number;
}

/**
 * Anchors a surface to an element with @floating-ui/react-dom: fixed strategy (so it works
 * from a portal and inside the top layer), `offset`, `flip`, `shift`, `arrow` and `hide`, kept
 * up to date by `autoUpdate` on scroll of any ancestor, resize, element resize and layout
 * shift. Positions are written as styles through React, never as a `style` attribute string.
 *
 * @example
 * const position = useAnchoredPosition({ reference: target, placement: 'right' });
 * return <div ref={position.setFloating} style={position.floatingStyles}>…</div>;
 */
export function useAnchoredPosition(options: AnchoredPositionOptions): AnchoredPosition {
  const { reference, placement = 'bottom', offset, collisionPadding, open = true } = options;
  const arrowRef = useRef<SVGSVGElement | null>(null);
  const floating = useFloating({
    open,
    strategy: 'fixed',
    placement,
    middleware: anchoredMiddleware({
      ...(offset === undefined ? {} : { offset }),
      ...(collisionPadding === undefined ? {} : { collisionPadding }),
      arrow: arrowRef,
    }),
    whileElementsMounted: (referenceElement, floatingElement, update) =>
      autoUpdate(referenceElement, floatingElement, update, autoUpdateOptions()),
  });
  // Set through the ref rather than `elements.reference`, which floating-ui keeps from the
  // first render: each step has a new target.
  const { setReference } = floating.refs;
  useLayoutEffect(() => {
    setReference(reference);
  }, [reference, setReference]);
  const { side, align } = placementParts(floating.placement);
  const arrowData = floating.middlewareData.arrow;
  return {
    setFloating: floating.refs.setFloating,
    floating: floating.elements.floating,
    arrowRef,
    arrow: { side, x: arrowData?.x, y: arrowData?.y },
    floatingStyles: floating.floatingStyles,
    update: floating.update,
    side,
    align,
    isPositioned: floating.isPositioned && reference !== null,
    referenceHidden: floating.middlewareData.hide?.referenceHidden === true,
    x: floating.x,
    y: floating.y,
  };
}
