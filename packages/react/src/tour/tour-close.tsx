import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../primitives/compose-event-handlers';
import { SurfaceCloseButton } from '../primitives/surface-close-button';
import type { TourButtonProps } from './tour-button';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../primitives/with-ref';

/** Props of {@link TourClose}. */
export type TourCloseProps = TourButtonProps;

/**
 * A visible, labelled button that closes the tour (touch screen readers have no Escape key):
 * the engine's `close`, as `useTour(id).close()`, which dismisses a tour for good. A × named by
 * the `close` label, or your own content. Your `onClick` runs first and may `preventDefault()`
 * the dismissal.
 *
 * @example
 * <TourClose />
 */
export const TourClose = withRef(function TourClose({
  onClick,
  className,
  children,
  ...props
}: TourCloseProps) {
  const context = useTourContext('TourClose');
  const { dismiss, labels } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
    dismiss('close'),
  );
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
