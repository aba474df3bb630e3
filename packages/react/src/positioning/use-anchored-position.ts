import {
  autoUpdate,
  computePosition,
  type Middleware,
  type MiddlewareData,
  type Placement,
} from '@floating-ui/react';
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type RefObject,
} from 'react';
import { flushSync } from 'react-dom';
import { anchoredMiddleware } from './anchored-middleware';
import { autoUpdateOptions } from './auto-update-options';
import { placementParts, type Align, type Side } from './placement-parts';
import { releaseSizeLimit } from './size-limit';

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
  /**
   * Cap the surface's height, and let it scroll, when no side has room for it; off for a
   * surface laid out another way (a bottom sheet), which keeps only the target tracking.
   * @default true
   */
  readonly limitSize?: boolean;
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
  /** The floating surface, once it has been positioned. */
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
  /** How far down the viewport the target's middle is, from 0 (top) to 1 (bottom). */
  readonly referenceDepth: number;
}

interface Computed {
  readonly floating: HTMLElement | null;
  readonly x: number;
  readonly y: number;
  readonly placement: Placement;
  readonly middlewareData: MiddlewareData;
  readonly isPositioned: boolean;
}

interface Tracking {
  readonly reference: Element;
  readonly floating: HTMLElement;
  readonly stop: () => void;
}

const UNPLACED = { position: 'fixed', left: 0, top: 0 } as const satisfies CSSProperties;

function sameComputed(a: Computed, b: Computed): boolean {
  return (
    a.floating === b.floating &&
    a.x === b.x &&
    a.y === b.y &&
    a.placement === b.placement &&
    a.isPositioned === b.isPositioned &&
    a.middlewareData.arrow?.x === b.middlewareData.arrow?.x &&
    a.middlewareData.arrow?.y === b.middlewareData.arrow?.y &&
    a.middlewareData.hide?.referenceHidden === b.middlewareData.hide?.referenceHidden &&
    depthOf(a) === depthOf(b)
  );
}

/** Records how far down the viewport the target's middle is, under `referenceDepth`. */
const referenceDepth: Middleware = {
  name: 'referenceDepth',
  fn({ rects, elements }) {
    const height = elements.floating.ownerDocument.documentElement.clientHeight || 1;
    const middle = rects.reference.y + rects.reference.height / 2;
    // Rounded: a step's layout only turns on which half the target is in.
    return { data: { depth: Math.round((middle / height) * 100) / 100 } };
  },
};

function depthOf(computed: Computed): number {
  const data = computed.middlewareData['referenceDepth'] as { depth?: number } | undefined;
  return data?.depth ?? 0;
}

function positionStyles(computed: Computed): CSSProperties {
  const element = computed.floating;
  if (element === null) return UNPLACED;
  // Whole device pixels keep text crisp under the transform.
  const ratio = element.ownerDocument.defaultView?.devicePixelRatio || 1;
  const x = Math.round(computed.x * ratio) / ratio;
  const y = Math.round(computed.y * ratio) / ratio;
  return {
    ...UNPLACED,
    transform: `translate(${x}px, ${y}px)`,
    ...(ratio >= 1.5 ? { willChange: 'transform' } : {}),
  };
}

/**
 * Anchors a surface to an element with floating-ui's `computePosition`: fixed strategy (so it
 * works from a portal and inside the top layer), the middleware of `anchoredMiddleware`
 * (`offset`, `flip` to any side with room, `shift` on both axes, a height cap, `arrow`, `hide`),
 * kept up to date by `autoUpdate` on scroll of any ancestor, resize, element resize and
 * layout shift. The elements are followed through refs, not state, so attaching the surface
 * costs no render: the first position lands in the one commit right after the surface mounts,
 * before the browser paints. Positions are written as styles through React, never as a `style`
 * attribute string.
 *
 * @example
 * const position = useAnchoredPosition({ reference: target, placement: 'right' });
 * return <div ref={position.setFloating} style={position.floatingStyles}>…</div>;
 */
export function useAnchoredPosition(options: AnchoredPositionOptions): AnchoredPosition {
  const { reference, placement = 'bottom', offset, collisionPadding } = options;
  const { open = true, limitSize = true } = options;
  const arrowRef = useRef<SVGSVGElement | null>(null);
  const floatingRef = useRef<HTMLElement | null>(null);
  const referenceRef = useRef<Element | null>(null);
  const middleware = useMemo(
    () => [
      ...anchoredMiddleware({
        ...(offset === undefined ? {} : { offset }),
        ...(collisionPadding === undefined ? {} : { collisionPadding }),
        arrow: arrowRef,
        limitSize,
      }),
      referenceDepth,
    ],
    [offset, collisionPadding, limitSize],
  );
  const [computed, setComputed] = useState<Computed>(() => ({
    floating: null,
    x: 0,
    y: 0,
    placement,
    middlewareData: {},
    isPositioned: false,
  }));
  const latest = useRef({ computed, placement, middleware, open, mounted: false });

  const update = useCallback(() => {
    const anchor = referenceRef.current;
    const surface = floatingRef.current;
    if (anchor === null || surface === null) return;
    const { placement: wanted, middleware: steps } = latest.current;
    void computePosition(anchor, surface, {
      strategy: 'fixed',
      placement: wanted,
      middleware: steps,
    }).then((result) => {
      const state = latest.current;
      if (!state.mounted || referenceRef.current !== anchor || floatingRef.current !== surface) {
        return;
      }
      // A surface positioned while it plays its exit must not count as placed when reopened.
      const next: Computed = { ...result, floating: surface, isPositioned: state.open };
      if (sameComputed(state.computed, next)) return;
      state.computed = next;
      // Committed before the browser paints, so the surface never shows where it was.
      flushSync(() => setComputed(next));
    });
  }, []);

  const tracking = useRef<Tracking | null>(null);
  const applied = useRef({ placement, middleware, open });
  // Runs after every commit: the surface is attached by a ref, which no dependency can see.
  useLayoutEffect(() => {
    const state = latest.current;
    state.placement = placement;
    state.middleware = middleware;
    state.open = open;
    referenceRef.current = reference;
    const surface = floatingRef.current;
    if (!limitSize && surface !== null) releaseSizeLimit(surface);
    const current = tracking.current;
    if (current !== null && current.reference === reference && current.floating === surface) {
      const last = applied.current;
      applied.current = { placement, middleware, open };
      if (last.placement !== placement || last.middleware !== middleware || last.open !== open) {
        update();
      }
      return;
    }
    current?.stop();
    tracking.current = null;
    applied.current = { placement, middleware, open };
    if (reference === null || surface === null) return;
    tracking.current = {
      reference,
      floating: surface,
      stop: autoUpdate(reference, surface, update, autoUpdateOptions()),
    };
  });

  useLayoutEffect(() => {
    const state = latest.current;
    if (open || !state.computed.isPositioned) return;
    state.computed = { ...state.computed, isPositioned: false };
    setComputed(state.computed);
  }, [open]);

  useLayoutEffect(() => {
    const state = latest.current;
    state.mounted = true;
    return () => {
      state.mounted = false;
      tracking.current?.stop();
      tracking.current = null;
    };
  }, []);

  const setFloating = useCallback((element: HTMLElement | null) => {
    floatingRef.current = element;
    const state = latest.current;
    if (element !== null || state.computed.floating === null) return;
    state.computed = { ...state.computed, floating: null, isPositioned: false };
    setComputed(state.computed);
  }, []);

  const floatingStyles = useMemo(() => positionStyles(computed), [computed]);
  const { side, align } = placementParts(computed.placement);
  const arrowData = computed.middlewareData.arrow;
  return {
    setFloating,
    floating: computed.floating,
    arrowRef,
    arrow: { side, x: arrowData?.x, y: arrowData?.y },
    floatingStyles,
    update,
    side,
    align,
    isPositioned: computed.isPositioned && reference !== null,
    referenceHidden: computed.middlewareData.hide?.referenceHidden === true,
    x: computed.x,
    y: computed.y,
    referenceDepth: depthOf(computed),
  };
}
