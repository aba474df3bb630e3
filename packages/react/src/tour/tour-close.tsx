import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceCloseButton } from '../parts/surface-close-button';
import type { TourButtonProps } from './tour-button';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourClose}. */
export type TourCloseProps = TourButtonProps;

/**
 * A visible, labelled button that dismisses the tour (touch screen readers have no Escape
 * key): a × named by the `close` label, or your own content. Your `onClick` runs first and may `preventDefault()` the dismissal.
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
