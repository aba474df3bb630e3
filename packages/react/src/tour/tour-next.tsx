import { ActionButton } from '../parts/action-button';
import type { TourButtonProps } from './tour-button';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';
import { withRef } from '../parts/with-ref';

/** Props of {@link TourNext}. */
export type TourNextProps = TourButtonProps;

/**
 * The step's primary button: goes to the next step, and says Done and completes the tour on
 * the last one. It takes focus when a step opens, unless the step leaves focus on its target.
 * On a step that waits for an action on its target it is secondary (`data-variant="secondary"`:
 * the action is what moves on); pass `data-variant="primary"` to keep it primary. Your `onClick` runs first
 * and may `preventDefault()` the move.
 *
 * @example
 * <TourNext />
 * <TourNext asChild><MyButton variant="primary" /></TourNext>
 */
export const TourNext = withRef(function TourNext({
  className,
  children,
  ...props
}: TourNextProps) {
  const context = useTourContext('TourNext');
  const { next, isLastStep, isActionStep, labels, primary } = context;
  return (
    <ActionButton
      data-variant={isActionStep ? 'secondary' : 'primary'}
      {...props}
      action={next}
      elementRef={primary}
      className={partClassName('next', context, className)}
    >
      {children ?? (isLastStep ? labels.done : labels.next)}
    </ActionButton>
  );
});
