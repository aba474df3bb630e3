import { arrow, flip, offset, shift, type Middleware } from '@floating-ui/react-dom';
import type { RefObject } from 'react';
import { frameAwareHide } from './frame-aware-hide';

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
}

/**
 * The floating-ui middleware every anchored Guidepost surface uses, in order: `offset` from the
 * target, `flip` to the other side when there is no room, `shift` to stay on screen, `arrow`
 * and `hide` (the target scrolled out of its clipping containers, or out of its frames' views,
 * see `frameAwareHide`).
 *
 * @example
 * computePosition(target, surface, { middleware: anchoredMiddleware({ offset: 10 }) });
 */
export function anchoredMiddleware(options: AnchoredMiddlewareOptions = {}): Middleware[] {
  const padding = options.collisionPadding ?? 8;
  const middleware = [offset(options.offset ?? 12), flip({ padding }), shift({ padding })];
  if (options.arrow !== undefined) {
    middleware.push(arrow({ element: options.arrow, padding: options.arrowPadding ?? 8 }));
  }
  middleware.push(frameAwareHide());
  return middleware;
}
