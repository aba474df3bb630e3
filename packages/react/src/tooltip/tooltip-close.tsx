import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../tour/slot';
import { TourButton, type TourButtonProps } from '../tour/tour-button';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';

/** Props of {@link TooltipClose}. */
export type TooltipCloseProps = TourButtonProps;

/**
 * A visible, labelled button that closes a hint dialog (touch screen readers have no Escape
 * key) and gives focus back to the beacon: a × named by the `close` label, or your own content.
 * Closing this way counts as dismissing a hint shown once. Your `onClick` runs first and may
 * `preventDefault()` it. Renders nothing in a text hint, which holds no controls.
 *
 * @example
 * <TooltipClose />
 */
export function TooltipClose({ onClick, className, children, ...props }: TooltipCloseProps) {
  const context = useTooltipContext('TooltipClose');
  const { mode, labels, setOpen } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
    setOpen(false, 'close'),
  );
  if (mode !== 'dialog') return null;
  // Given content names the button itself; the default × needs a label.
  const labelled = children === undefined;
  return (
    <TourButton
      aria-label={labelled ? labels.close : undefined}
      data-variant="ghost"
      {...props}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    >
      {children ?? <span aria-hidden="true">×</span>}
    </TourButton>
  );
}
