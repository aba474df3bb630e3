import { arrow, flip, offset, shift, type Middleware } from '@floating-ui/react';
import type { RefObject } from 'react';
import { frameAwareHide } from './frame-aware-hide';
import { sizeLimit } from './size-limit';

/** Options of {@link anchoredMiddleware}. */
export interface AnchoredMiddlewareOptions {
  /** Gap between the target and the surface, arrow included, in px. @default 12 */
  readonly offset?: number;
  /** Space kept between the surface and the viewport's edges, in px. @default 8 */
  readonly collisionPadding?: number;
  /** The arrow, when there is one. */
  readonly arrow?: RefObject<Element | null>;
  /** Closest the arrow comes to the surface's corners, in px. @default 8 */
  readonly arrowPadding?: number;
  /**
   * Cap the surface's height at the room there is, and let it scroll, when it does not fit
   * anywhere (see `sizeLimit`). @default true
   */
  readonly limitSize?: boolean;
}

/**
 * The floating-ui middleware every anchored Guidepost surface uses, in order: `offset` from the
 * target; `flip` to the opposite side when there is no room, then to the two sides across
 * (a `right` step on a phone goes below or above its target); `sizeLimit` to cap its height
 * at the room on that side; `shift` to stay on screen along both axes, over the target itself
 * when no side has room; `arrow`; and `hide` (the target scrolled out of its clipping
 * containers, or out of its frames' views, see `frameAwareHide`).
 *
 * @example
 * computePosition(target, surface, { middleware: anchoredMiddleware({ offset: 10 }) });
 */
export function anchoredMiddleware(options: AnchoredMiddlewareOptions = {}): Middleware[] {
  const padding = options.collisionPadding ?? 8;
  const limits = options.limitSize === false ? [] : [sizeLimit(padding)];
  const middleware = [
    ...limits.map(({ release }) => release),
    offset(options.offset ?? 12),
    // Only aligned placements weigh the cross axis: `shift` fixes the rest.
    flip({ padding, fallbackAxisSideDirection: 'end', crossAxis: 'alignment' }),
    ...limits.map(({ limit }) => limit),
    shift({ padding, crossAxis: true }),
  ];
  if (options.arrow !== undefined) {
    middleware.push(arrow({ element: options.arrow, padding: options.arrowPadding ?? 8 }));
  }
  middleware.push(frameAwareHide());
  return middleware;
}
