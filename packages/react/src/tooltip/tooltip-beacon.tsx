import type { Placement } from '@floating-ui/react';
import { useCallback, type CSSProperties, type MouseEvent } from 'react';
import { useAnchoredPosition } from '../positioning/use-anchored-position';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { composeRefs } from '../parts/compose-refs';
import { SurfaceButton, type SurfaceButtonProps } from '../parts/surface-button';
import { hintName } from './hint-name';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TooltipBeacon}. */
export interface TooltipBeaconProps extends SurfaceButtonProps {
  /** Where the beacon sits on its target; `start` and `end` mirror on right-to-left pages. @default 'top-end' */
  readonly placement?: Placement;
  /** Distance from the target's edge in px; negative overlaps it. @default -7 */
  readonly offset?: number;
}

const Z_INDEX = 'calc(var(--gp-z-index, 2147483000) - 1)';

/**
 * The hotspot that opens a hint dialog: a real `<button>` on the corner of the target, named
 * "Open hint: {title}" from the labels, with `aria-expanded` and, while open, `aria-controls`.
 * Its pulsing ring is CSS and stops when the user prefers reduced motion. Hidden, never drawn at
 * 0,0, while the target is missing or scrolled out of view. Renders nothing for text hints.
 * Place the hint next to its target in the markup so the beacon follows it in the Tab order.
 *
 * @example
 * <TooltipBeacon placement="right" offset={4} />
 */
export const TooltipBeacon = withRef(function TooltipBeacon(props: TooltipBeaconProps) {
  const { mode, active } = useTooltipContext('TooltipBeacon');
  if (mode !== 'dialog' || !active) return null;
  return <Beacon {...props} />;
});

const Beacon = withRef(function Beacon({
  placement = 'top-end',
  offset = -7,
  className,
  style,
  onClick,
  children,
  ref,
  ...props
}: TooltipBeaconProps) {
  const context = useTooltipContext('TooltipBeacon');
  const { target, open, mounted, contentId, labels, guide, setOpen, openedByKeyboard } = context;
  const { setBeacon } = context;
  const position = useAnchoredPosition({ reference: target, placement, offset, open: true });
  const shown = target !== null && position.isPositioned && !position.referenceHidden;

  const { setFloating } = position;
  const setRef = useCallback(
    (node: HTMLButtonElement | null) => {
      setFloating(node);
      setBeacon(node);
      composeRefs(ref)(node);
    },
    [setFloating, setBeacon, ref],
  );
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, (event) => {
    // Enter and Space on a button click it with no pointer: `detail` counts pointer clicks.
    openedByKeyboard.current = event.detail === 0;
    setOpen(!open, 'beacon');
  });
  const beaconStyle: CSSProperties = {
    ...position.floatingStyles,
    zIndex: Z_INDEX,
    ...(shown ? {} : { visibility: 'hidden' }),
    ...style,
  };

  return (
    <SurfaceButton
      aria-label={children === undefined ? hintName(labels.openHint, guide) : undefined}
      aria-haspopup="dialog"
      aria-expanded={open}
      aria-controls={open && mounted ? contentId : undefined}
      data-state={open ? 'open' : 'closed'}
      data-side={position.side}
      data-align={position.align}
      {...props}
      ref={setRef}
      className={partClassName('beacon', context, className)}
      style={beaconStyle}
      onClick={handleClick}
    >
      {children}
    </SurfaceButton>
  );
});
