import type { MouseEvent } from 'react';
import { composeEventHandlers } from './slot';
import { TourButton, type TourButtonProps } from './tour-button';
import { partClassName } from './tour-class-names';
import { useTourContext } from './tour-context';

/** Props of {@link TourClose}. */
export type TourCloseProps = TourButtonProps;

/**
 * A visible, labelled button that dismisses the tour (touch screen readers have no Escape
 * key): a × named by the `close` label, or your own content. Your `onClick` runs first and may `preventDefault()` the dismissal.
 *
 * @example
 * <TourClose />
 */
export function TourClose({ onClick, className, children, ...props }: TourCloseProps) {
  const context = useTourContext('TourClose');
  const { dismiss, labels } = context;
  const handleClick = composeEventHandlers<MouseEvent<HTMLButtonElement>>(onClick, () =>
    dismiss('close'),
  );
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
