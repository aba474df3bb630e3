import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import type { SurfaceButtonProps } from '../parts/surface-button';
import { SurfaceCloseButton } from '../parts/surface-close-button';
import { partClassName } from './tooltip-class-names';
import { useTooltipContext } from './tooltip-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TooltipClose}. */
export type TooltipCloseProps = SurfaceButtonProps;

/**
 * A visible, labelled button that closes a hint dialog (touch screen readers have no Escape
 * key) and gives focus back to the beacon: a × named by the `close` label, or your own content.
 * Closing this way counts as dismissing a hint shown once. Your `onClick` runs first and may
 * `preventDefault()` it. Renders nothing in a text hint, which holds no controls.
 *
 * @example
 * <TooltipClose />
 */
export const TooltipClose = withRef(function TooltipClose({
  onClick,
  className,
  children,
  ...props
}: TooltipCloseProps) {
  const context = useTooltipContext('TooltipClose');
  const { mode, labels, setOpen } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
    setOpen(false, 'close'),
  );
  if (mode !== 'dialog') return null;
  return (
    <SurfaceCloseButton
      {...props}
      closeLabel={labels.close}
      className={partClassName('close', context, className)}
      onClick={handleClick}
    >
      {children}
    </SurfaceCloseButton>
  );
});
