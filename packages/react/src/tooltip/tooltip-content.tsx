import type { GuidePlacement } from '@guidepost/core';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  type CSSProperties,
  type HTMLAttributes,
  type Ref,
} from 'react';
import { useFocusScope } from '../a11y/use-focus-scope';
import { canAnimate } from '../dom/can-animate';
import { usePresenceMotion } from '../parts/use-presence-motion';
import { useSurfaceRef } from '../parts/use-surface-ref';
import { appendDescribedBy } from '../dom/append-described-by';
import { joinIdLists } from '../dom/id-list';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';
import { useDirectionOf } from './use-direction-of';
import { withRef } from '../parts/with-ref';

/** Props of {@link TooltipContent}. */
export interface TooltipContentProps extends HTMLAttributes<HTMLDivElement> {
  /** Preferred side and alignment, over the guide's `placement`. @default 'top' */
  readonly placement?: GuidePlacement;
  /** Gap between the target and the hint, arrow included, in px. @default 12 */
  readonly offset?: number;
  /** Space kept between the hint and the viewport's edges, in px. @default 8 */
  readonly collisionPadding?: number;
  readonly ref?: Ref<HTMLDivElement>;
}

const Z_INDEX = 'calc(var(--gp-z-index, 2147483000) + 1)';

/**
 * The hint itself, anchored with floating-ui. A text hint is a `role="tooltip"` whose id is
 * appended to the target's `aria-describedby` while it is open (and taken out again after),
 * hoverable so the pointer can move onto it. A hint with a beacon is a non-modal dialog named
 * by its title: no focus trap, focus moves into it when it was opened from the keyboard and
 * back to the beacon when it closes. Hidden, never drawn at 0,0, while its target is missing or
 * scrolled out of its scroll container. State shows as `data-state`, `data-side`, `data-align`.
 *
 * @example
 * <TooltipContent placement="right"><TooltipTitle /><TooltipBody /></TooltipContent>
 */
export const TooltipContent = withRef(function TooltipContent(props: TooltipContentProps) {
  const { mounted } = useTooltipContext('TooltipContent');
  return mounted ? <TooltipSurface {...props} /> : null;
});

const TooltipSurface = withRef(function TooltipSurface({
  placement,
  offset,
  collisionPadding,
  className,
  style,
  ref,
  children,
  'aria-describedby': describedBy,
  ...props
}: TooltipContentProps) {
  const context = useTooltipContext('TooltipContent');
  const { mode, open, target, position, contentId, titleId, bodyId } = context;
  const { setLayout, registerExit, markSeen, openedByKeyboard, hasTitle, hasBody, beacon } =
    context;
  const dialog = mode === 'dialog';
  useLayoutEffect(
    () => setLayout({ placement, offset, collisionPadding }),
    [setLayout, placement, offset, collisionPadding],
  );

  const motion = usePresenceMotion<HTMLDivElement>(registerExit);

  const placed = target !== null && position.isPositioned;
  const visible = placed && !position.referenceHidden;

  const lastTarget = useRef<Element | null>(null);
  useLayoutEffect(() => {
    if (target !== null) lastTarget.current = target;
  }, [target]);
  // When the beacon is gone (a hint shown once ends when it closes), focus goes to the target.
  const returnFallback = useCallback(() => lastTarget.current, []);
  const { setOpen } = context;
  const closeOnFocusOut = useCallback(() => setOpen(false, 'blur'), [setOpen]);
  // A hint dialog follows its beacon in the Tab order and closes once focus moves on from both.
  const scopeRef = useFocusScope<HTMLDivElement>({
    open,
    active: dialog && visible && open,
    modal: false,
    initialFocus: 'none',
    returnFocus: dialog,
    returnFallback,
    reference: beacon,
    tabFromReference: true,
    onFocusOut: closeOnFocusOut,
  });

  const { surface, setRef } = useSurfaceRef(motion.scope, position.setFloating, scopeRef, ref);

  // Enter once per opening: a hint reopened while its exit still runs must enter again, or the
  // exit's last keyframe would leave it invisible.
  const entered = useRef(false);
  useLayoutEffect(() => {
    if (!open) entered.current = false;
    if (!visible || !open) return;
    markSeen();
    if (entered.current || !canAnimate(surface.current)) return;
    entered.current = true;
    void motion.enter();
  }, [visible, open, markSeen, motion, surface]);

  useLayoutEffect(() => {
    if (dialog || !open || target === null) return;
    return appendDescribedBy(target, contentId);
  }, [dialog, open, target, contentId]);

  const focusedIn = useRef(false);
  useEffect(() => {
    if (!dialog || !open) {
      focusedIn.current = false;
      return;
    }
    if (!visible || focusedIn.current || !openedByKeyboard.current) return;
    focusedIn.current = true;
    surface.current?.focus({ preventScroll: true });
  }, [dialog, open, visible, openedByKeyboard, surface]);

  const direction = useDirectionOf(target);
  const { update } = position;
  useLayoutEffect(() => {
    // start and end alignments are read from the surface's direction: place it again.
    if (direction !== undefined) update();
  }, [direction, update]);

  const surfaceStyle: CSSProperties = {
    ...position.floatingStyles,
    zIndex: Z_INDEX,
    ...(visible ? {} : { visibility: 'hidden' }),
    ...style,
  };

  return (
    <div
      {...props}
      ref={setRef}
      id={contentId}
      role={dialog ? 'dialog' : 'tooltip'}
      aria-labelledby={dialog ? (hasTitle ? titleId : bodyId) : undefined}
      aria-describedby={
        dialog ? joinIdLists(hasTitle && hasBody ? bodyId : undefined, describedBy) : describedBy
      }
      tabIndex={dialog ? -1 : undefined}
      dir={direction}
      data-state={visible && context.dataState === 'open' ? 'open' : 'closed'}
      data-side={position.side}
      data-align={position.align}
      data-mode={mode}
      className={partClassName('content', context, className)}
      style={surfaceStyle}
    >
      {children}
    </div>
  );
});
