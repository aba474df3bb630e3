import type { MouseEvent } from 'react';
import { composeEventHandlers } from '../parts/compose-event-handlers';
import { SurfaceButton } from '../parts/surface-button';
import type { TourButtonProps } from './tour-button';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourBack}. */
export type TourBackProps = TourButtonProps;

/**
 * Goes back one step. Not rendered on the first step. Your `onClick` runs first and may
 * `preventDefault()` the move.
 *
 * @example
 * <TourBack />
 */
export const TourBack = withRef(function TourBack({
  onClick,
  className,
  children,
  ...props
}: TourBackProps) {
  const context = useTourContext('TourBack');
  const { back, isFirstStep, labels } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, back);
  if (isFirstStep) return null;
  return (
    <SurfaceButton
      data-variant="ghost"
      {...props}
      className={partClassName('back', context, className)}
      onClick={handleClick}
    >
      {children ?? labels.back}
    </SurfaceButton>
  );
});
